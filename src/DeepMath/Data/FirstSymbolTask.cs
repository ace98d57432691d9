using MathNet.Numerics.Random;

namespace DeepMath.Data;

/// <summary>Sequences whose label is their first symbol, followed by distracting symbols: a test of long memory.</summary>
/// <remarks>
/// The "latching" problem of Bengio, Simard and Frasconi (1994) and Hochreiter and Schmidhuber (1997): at step 1 one of
/// k symbols arrives, then T - 1 random distractors (from k other symbols); after step T the network must name the
/// first symbol. Information has to travel T steps through the recurrence, which is where the gradients of a vanilla
/// RNN vanish (Berner et al., Section 6, recurrent networks). Each step is a one-hot vector of length 2k (first
/// symbols in the first k places, distractors in the last k); a sequence is stored flat, step after step, as one row
/// of T·2k numbers, so that it fits <c>LabelledDataset</c> and <c>Trainer.Fit</c>. Chance accuracy is 1/k. Chapter 05.
/// </remarks>
public static class FirstSymbolTask
{
    /// <summary>Draws n sequences of length T over k symbols, the first symbol uniform, the distractors uniform and independent.</summary>
    /// <param name="n">Number of sequences, e.g. 2000.</param>
    /// <param name="length">Sequence length T ≥ 1, e.g. 40.</param>
    /// <param name="symbols">Number of symbols k (classes), e.g. 4.</param>
    /// <param name="seed">Seed, e.g. 0.</param>
    /// <returns>X of shape [n, T·2k] (row i, step t, channel c at column t·2k + c) and labels 0..k-1.</returns>
    public static LabelledDataset Sample(int n, int length, int symbols, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(symbols, 2);
        var rng = new MersenneTwister(seed);
        var channels = 2 * symbols;
        var x = new double[n, length * channels];
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = rng.Next(symbols);
            x[i, labels[i]] = 1;                                                  // step 1: the symbol to remember
            for (var t = 1; t < length; t++) x[i, t * channels + symbols + rng.Next(symbols)] = 1; // later steps: distractors
        }
        return new LabelledDataset(x, labels, symbols);
    }
}
