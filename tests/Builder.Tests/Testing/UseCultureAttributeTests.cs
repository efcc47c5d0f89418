using System.Globalization;
using System.Reflection;
using HeelBot.Builder.Testing;

namespace HeelBot.Builder.Tests.Testing;

public class UseCultureAttributeTests
{
    [Fact]
    [UseCulture("da-DK")]
    public async Task Test_WithDanishCulture_FormatsDecimalsWithAComma()
    {
        await Task.Yield();

        1.5.ToString(CultureInfo.CurrentCulture).Should().Be("1,5");
        CultureInfo.CurrentUICulture.Name.Should().Be("da-DK");
    }

    [Fact]
    [UseCulture("en-US", "da-DK")]
    public void Test_WithSeparateUICulture_SetsBoth()
    {
        CultureInfo.CurrentCulture.Name.Should().Be("en-US");
        CultureInfo.CurrentUICulture.Name.Should().Be("da-DK");
    }

    [Fact]
    public void BeforeAndAfter_RestoreTheCultureThatWasThere()
    {
        var method = typeof(UseCultureAttributeTests).GetMethod(nameof(BeforeAndAfter_RestoreTheCultureThatWasThere))!;
        var original = CultureInfo.CurrentCulture;
        var originalUI = CultureInfo.CurrentUICulture;
        var attribute = new UseCultureAttribute("fr-FR", "de-DE");

        attribute.Before(method);
        var during = (CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name);
        attribute.After(method);

        during.Should().Be(("fr-FR", "de-DE"));
        CultureInfo.CurrentCulture.Should().BeSameAs(original);
        CultureInfo.CurrentUICulture.Should().BeSameAs(originalUI);
    }

    [Fact]
    public void Constructor_IgnoresUserOverrides()
    {
        new UseCultureAttribute("da-DK").Culture.UseUserOverride.Should().BeFalse();
    }

    [Fact]
    public void Attribute_IsAnXunitBeforeAfterAttributeForMethodsAndClasses()
    {
        typeof(UseCultureAttribute).Should().BeDerivedFrom<Xunit.Sdk.BeforeAfterTestAttribute>();
        typeof(UseCultureAttribute).GetCustomAttribute<AttributeUsageAttribute>()!.ValidOn
            .Should().HaveFlag(AttributeTargets.Method).And.HaveFlag(AttributeTargets.Class);
    }
}
