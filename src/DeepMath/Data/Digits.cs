using System.Globalization;
using System.IO.Compression;

namespace DeepMath.Data;

/// <summary>The UCI optical handwritten digits: 1797 images of 8×8 pixels with intensities 0..16, labels 0..9.</summary>
/// <remarks>
/// A small real data set for the chapters (E. Alpaydin and C. Kaynak, 1998; CC BY 4.0). The file
/// <c>data/digits/digits.csv.gz</c> holds one image per row: 64 pixels in row-major order, then the label; its origin
/// and checksum are in <c>data/digits/SOURCE.md</c>. Pixels are returned unscaled (0..16); divide by 16 for [0, 1].
/// </remarks>
public static class Digits
{
    /// <summary>Number of images in the file: 1797.</summary>
    public const int Count = 1797;

    /// <summary>Pixels per image: 64 (8×8).</summary>
    public const int Pixels = 64;

    /// <summary>Where the file lives below <c>data/</c>.</summary>
    public const string RelativePath = "digits/digits.csv.gz";

    /// <summary>Loads the digits from the kit's data folder (found by <see cref="DataFiles.Find"/>).</summary>
    /// <returns>X of shape [1797, 64] with values 0..16, labels 0..9, k = 10.</returns>
    /// <exception cref="FileNotFoundException">When the file cannot be found; the message says where it looked.</exception>
    public static LabelledDataset Load() => Load(DataFiles.Find(RelativePath));

    /// <summary>Loads the digits from an explicit path to <c>digits.csv.gz</c>.</summary>
    /// <param name="path">Path of the gzip-compressed CSV, e.g. "data/digits/digits.csv.gz".</param>
    /// <returns>X of shape [n, 64] with values 0..16, labels 0..9, k = 10.</returns>
    /// <exception cref="InvalidDataException">When a row does not have 65 integer fields.</exception>
    public static LabelledDataset Load(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var rows = new List<int[]>(Count);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0) continue;
            var fields = line.Split(',');
            if (fields.Length != Pixels + 1)
                throw new InvalidDataException($"{path}, row {rows.Count + 1}: expected {Pixels + 1} fields, found {fields.Length}.");
            rows.Add(fields.Select(f => int.Parse(f, NumberStyles.Integer, CultureInfo.InvariantCulture)).ToArray());
        }
        var x = Rows.Build(rows.Count, Pixels, (i, j) => rows[i][j]);
        return new LabelledDataset(x, rows.Select(r => r[Pixels]).ToArray(), 10);
    }
}
