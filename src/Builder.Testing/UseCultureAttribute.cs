using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace HeelBot.Builder.Testing;

/// <summary>
/// Pins <see cref="CultureInfo.CurrentCulture"/> and <see cref="CultureInfo.CurrentUICulture"/> for one
/// test (or every test of a class) and restores them afterwards, so no test depends on the machine's culture.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UseCultureAttribute : BeforeAfterTestAttribute
{
    private CultureInfo? _originalCulture;
    private CultureInfo? _originalUICulture;

    /// <summary>Uses <paramref name="culture"/> for both the culture and the UI culture.</summary>
    public UseCultureAttribute(string culture)
        : this(culture, culture)
    {
    }

    public UseCultureAttribute(string culture, string uiCulture)
    {
        // useUserOverride: false so the machine's regional settings cannot leak into the test.
        Culture = new CultureInfo(culture, useUserOverride: false);
        UICulture = new CultureInfo(uiCulture, useUserOverride: false);
    }

    public CultureInfo Culture { get; }

    public CultureInfo UICulture { get; }

    public override void Before(MethodInfo methodUnderTest)
    {
        _originalCulture = CultureInfo.CurrentCulture;
        _originalUICulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = UICulture;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        if (_originalCulture is not null)
        {
            CultureInfo.CurrentCulture = _originalCulture;
        }

        if (_originalUICulture is not null)
        {
            CultureInfo.CurrentUICulture = _originalUICulture;
        }
    }
}
