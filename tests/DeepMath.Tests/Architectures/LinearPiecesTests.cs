using DeepMath.Architectures;

namespace DeepMath.Tests.Architectures;

public class LinearPiecesTests
{
    // Telgarsky's sawtooth: g(x) = 2ϱ(x) − 4ϱ(x − ½) + 2ϱ(x − 1); g∘…∘g (k times) has exactly 2^k pieces on [0, 1].
    private static ReluNetwork Sawtooth(int k)
    {
        double[,] first = { { 1 }, { 1 }, { 1 } };
        double[] bias = [0, -0.5, -1];
        double[] output = [2, -4, 2];
        var layers = new List<(double[,], double[])> { (first, bias) };
        for (var l = 1; l < k; l++)
        {
            // The next layer's input weights composed with this layer's output weights: W = [1,1,1]ᵀ · [2, -4, 2].
            var w = new double[3, 3];
            for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++) w[i, j] = output[j];
            layers.Add((w, bias));
        }
        layers.Add((new double[,] { { 2, -4, 2 } }, [0]));
        return new ReluNetwork(layers);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(10)]
    public void the_sawtooth_composed_k_times_has_exactly_two_to_the_k_pieces(int k)
    {
        var pieces = LinearPieces.Of(Sawtooth(k), 0, 1);

        Assert.Equal(1 << k, pieces.Count);
        Assert.All(pieces, p => Assert.Equal(1 << k, Math.Abs(p.Slope), 1e-6)); // slopes ±2^k
    }

    [Fact]
    public void the_kinks_of_a_one_hidden_layer_network_are_where_its_neurons_switch()
    {
        // Closed form: neuron j switches at x = -b_j / w_j.
        var network = new ReluNetwork([(new double[,] { { 1 }, { -2 }, { 4 }, { 1 } }, [0.5, 0.2, -1, -3]),
            (new double[,] { { 1, 1, -1, 1 } }, [0])]);

        var kinks = LinearPieces.Kinks(LinearPieces.Of(network, -1, 1));

        Assert.Equal(new[] { -0.5, 0.1, 0.25 }, kinks.Select(v => Math.Round(v, 12))); // 3 is outside [-1, 1]
    }

    [Fact]
    public void a_neuron_whose_output_weight_is_zero_makes_no_kink()
    {
        var network = new ReluNetwork([(new double[,] { { 1 }, { 1 } }, [0, -0.5]), (new double[,] { { 1, 0 } }, [0])]);

        Assert.Equal(2, LinearPieces.Count(network, -1, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void the_pieces_of_a_random_deep_network_reproduce_it_and_respect_the_bound(int seed)
    {
        var network = ReluNetwork.Random([1, 8, 8, 8, 1], seed);
        var pieces = LinearPieces.Of(network, -3, 3);

        for (var i = 0; i <= 10000; i++)
        {
            var x = -3 + 6.0 * i / 10000;
            Assert.Equal(network.Evaluate(x), LinearPieces.Evaluate(pieces, x), 1e-12);
        }
        // Oracle for the slopes: central differences at each piece's midpoint.
        foreach (var p in pieces.Where(p => p.End - p.Start > 1e-6))
        {
            var (mid, h) = ((p.Start + p.End) / 2, (p.End - p.Start) / 4);
            Assert.Equal((network.Evaluate(mid + h) - network.Evaluate(mid - h)) / (2 * h), p.Slope, 1e-8);
        }
        Assert.InRange(pieces.Count, 1, LinearPieces.UpperBound([1, 8, 8, 8, 1]));
        Assert.Equal(729, LinearPieces.UpperBound([1, 8, 8, 8, 1]));
    }

    [Fact]
    public void the_piece_count_matches_a_brute_force_count_of_slope_changes_on_a_fine_grid()
    {
        // Oracle: slopes of consecutive grid cells; a kink inside a cell shows up as a change between the cells around it.
        var network = ReluNetwork.Random([1, 12, 12, 1], seed: 7);
        const int cells = 200000;
        var slopes = new double[cells];
        for (var i = 0; i < cells; i++)
        {
            double a = -2 + 4.0 * i / cells, b = -2 + 4.0 * (i + 1) / cells;
            slopes[i] = (network.Evaluate(b) - network.Evaluate(a)) / (b - a);
        }
        var kinkCells = 0;
        for (var i = 1; i < cells; i++)
            if (Math.Abs(slopes[i] - slopes[i - 1]) > 1e-7 && (i < 2 || Math.Abs(slopes[i - 1] - slopes[i - 2]) <= 1e-7)) kinkCells++;

        Assert.Equal(kinkCells + 1, LinearPieces.Count(network, -2, 2));
    }
}
