using System.Security.Cryptography;
using DeepMath.Data;

namespace DeepMath.Tests.Data;

// All tests that read or change DEEPMATH_DATA_DIR live in this one class, so xunit runs them one after another.
public class DigitsTests
{
    [Fact]
    public void the_digits_load_as_1797_images_of_64_pixels_in_0_to_16_with_all_ten_labels()
    {
        var digits = Digits.Load();

        Assert.Equal((1797, 64, 10), (digits.N, digits.D, digits.Classes));
        Assert.All(digits.X.Cast<double>(), p => Assert.True(p is >= 0 and <= 16 && p == Math.Floor(p), $"pixel {p}"));
        Assert.Equal(16, digits.X.Cast<double>().Max());
        Assert.All(digits.ClassCounts(), count => Assert.InRange(count, 170, 190)); // roughly 180 of each digit
        Assert.Equal(0, digits.Labels[0]); // the first row of the file is a zero
    }

    [Fact]
    public void the_digits_file_matches_the_checksum_in_its_source_note()
    {
        var path = DataFiles.Find(Digits.RelativePath);
        var sourceNote = File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "SOURCE.md"));

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

        Assert.Contains(sha256, sourceNote);
    }

    [Fact]
    public void the_data_folder_can_be_chosen_with_DEEPMATH_DATA_DIR()
    {
        var folder = Directory.CreateTempSubdirectory("deepmath-data-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "digits"));
            File.Copy(DataFiles.Find(Digits.RelativePath), Path.Combine(folder.FullName, Digits.RelativePath));
            Environment.SetEnvironmentVariable(DataFiles.OverrideVariable, folder.FullName);

            Assert.Equal(Path.Combine(folder.FullName, Digits.RelativePath), DataFiles.Find(Digits.RelativePath));
            Assert.Equal(1797, Digits.Load().N);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DataFiles.OverrideVariable, null);
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void a_missing_data_file_names_the_places_it_looked()
    {
        var folder = Directory.CreateTempSubdirectory("deepmath-empty-");
        try
        {
            Environment.SetEnvironmentVariable(DataFiles.OverrideVariable, folder.FullName);

            var error = Assert.Throws<FileNotFoundException>(() => Digits.Load());

            Assert.Contains(Path.Combine(folder.FullName, "digits", "digits.csv.gz"), error.Message);
            Assert.Contains("DEEPMATH_DATA_DIR", error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DataFiles.OverrideVariable, null);
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void without_the_override_a_missing_file_lists_every_ancestor_searched()
    {
        var saved = Environment.GetEnvironmentVariable(DataFiles.OverrideVariable);
        Environment.SetEnvironmentVariable(DataFiles.OverrideVariable, null);
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => DataFiles.Find("no-such-set/none.csv"));

            var cwd = Directory.GetCurrentDirectory();
            Assert.Contains(Path.Combine(cwd, "data", "no-such-set", "none.csv"), error.Message);
            Assert.Contains(Path.Combine(Path.GetPathRoot(cwd)!, "data", "no-such-set", "none.csv"), error.Message);
            Assert.Contains(Path.Combine(AppContext.BaseDirectory, "data", "no-such-set", "none.csv"), error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DataFiles.OverrideVariable, saved);
        }
    }
}
