using DeepMath.Features;
using MathNet.Numerics.LinearAlgebra;

namespace DeepMath.Tests.Features;

public class SparseCodingTests
{
    [Fact]
    public void samples_are_the_dictionary_times_non_negative_codes_with_exactly_s_non_zeros()
    {
        var a = SparseCoding.RandomDictionary(16, 24, seed: 0);
        var (x, codes) = SparseCoding.Sample(a, 50, 3, seed: 1);

        var expected = Matrix<double>.Build.DenseOfArray(codes) * Matrix<double>.Build.DenseOfArray(a).Transpose();
        Assert.True((expected - Matrix<double>.Build.DenseOfArray(x)).FrobeniusNorm() < 1e-12);
        for (var i = 0; i < 50; i++)
        {
            var row = Enumerable.Range(0, 24).Select(j => codes[i, j]).ToArray();
            Assert.Equal(3, row.Count(v => v != 0));
            Assert.All(row.Where(v => v != 0), v => Assert.InRange(v, 1, 2));
        }
        Assert.All(Enumerable.Range(0, 24), j => Assert.Equal(1, Enumerable.Range(0, 16).Sum(i => a[i, j] * a[i, j]), 12));
    }

    [Fact]
    public void the_transposed_dictionary_matches_every_column_exactly_and_coherence_is_computed_by_hand()
    {
        var a = new double[,] { { 1, 0, 0.6 }, { 0, 1, 0.8 } }; // cos(a₁, a₃) = 0.6, cos(a₂, a₃) = 0.8
        var w = Matrix<double>.Build.DenseOfArray(a).Transpose().ToArray();

        Assert.All(SparseCoding.MatchColumns(a, w), c => Assert.Equal(1, c, 12));
        Assert.Equal(0.8, SparseCoding.Coherence(a), 12);
        Assert.Equal(-1, SparseCoding.Cosine([1, 2], [-2, -4]), 12);
    }

    [Fact]
    public void a_perturbed_start_has_unit_rows_and_is_only_roughly_aligned()
    {
        var a = SparseCoding.RandomDictionary(64, 64, seed: 0);
        var w0 = SparseCoding.Perturb(a, 0.12, seed: 2);
        var cosines = SparseCoding.MatchColumns(a, w0);

        Assert.All(Enumerable.Range(0, 64), i => Assert.Equal(1, Enumerable.Range(0, 64).Sum(j => w0[i, j] * w0[i, j]), 12));
        Assert.InRange(cosines.Average(), 1 / Math.Sqrt(1 + 64 * 0.0144) - 0.1, 1 / Math.Sqrt(1 + 64 * 0.0144) + 0.1);
    }

    [Fact]
    public void the_tied_relu_autoencoder_recovers_every_atom_from_a_nearby_start()
    {
        // Seeds 0 (dictionary), 1 (codes), 2 (start): the chapter's design; every atom must reach cosine 0.95.
        var a = SparseCoding.RandomDictionary(64, 64, seed: 0);
        var (x, _) = SparseCoding.Sample(a, 1000, 3, seed: 1);
        var w0 = SparseCoding.Perturb(a, 0.12, seed: 2);

        var (w, losses) = SparseAutoencoder.Train(x, w0, bias: 1.0, steps: 300, learningRate: 0.003);

        Assert.True(SparseCoding.MatchColumns(a, w0).Min() < 0.7);
        Assert.True(SparseCoding.MatchColumns(a, w).Min() >= 0.95);
        Assert.True(losses[^1] < 0.1 * losses[0]);
    }
}
