using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace HeelBot.Teams.Tests.Support;

/// <summary>
/// A decoded PNG (8-bit truecolour, with or without alpha, not interlaced: what icon tools write), so the
/// tests can look at the icons' pixels and not only at their headers.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _rgba;

    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        _rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Every pixel as (red, green, blue, alpha), row by row.</summary>
    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels =>
        Enumerable.Range(0, Width * Height).Select(i => (_rgba[i * 4], _rgba[(i * 4) + 1], _rgba[(i * 4) + 2], _rgba[(i * 4) + 3]));

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (_rgba[i], _rgba[i + 1], _rgba[i + 2], _rgba[i + 3]);
    }

    public static PngImage Decode(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        png.AsSpan(0, Math.Min(8, png.Length)).SequenceEqual(Signature).Should().BeTrue("the file should be a PNG");
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        var position = 8;
        while (position + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    data[8].Should().Be(8, "the icons are 8 bits per channel");
                    channels = data[9] switch
                    {
                        6 => 4,
                        2 => 3,
                        var other => throw new NotSupportedException($"PNG colour type {other} (only truecolour with or without alpha is read here)"),
                    };
                    data[12].Should().Be(0, "the icons are not interlaced");
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
            }

            position += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        width.Should().BePositive("the PNG has an IHDR chunk");
        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return new PngImage(width, height, Unfilter(raw.ToArray(), width, height, channels));
    }

    /// <summary>Undoes the per-row PNG filters (None, Sub, Up, Average, Paeth) and widens to RGBA.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        raw.Length.Should().BeGreaterThanOrEqualTo((stride + 1) * height, "the image data covers every row");
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                int left = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                var predicted = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter} in row {y}"),
                };
                pixels[(y * stride) + x] = (byte)(value + predicted);
            }
        }

        if (channels == 4)
        {
            return pixels;
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[i * 4] = pixels[i * 3];
            rgba[(i * 4) + 1] = pixels[(i * 3) + 1];
            rgba[(i * 4) + 2] = pixels[(i * 3) + 2];
            rgba[(i * 4) + 3] = 0xFF;
        }

        return rgba;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
