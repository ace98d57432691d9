namespace DeepMath.Architectures;

/// <summary>The recurrent cell of a <see cref="SequenceClassifier"/>.</summary>
/// <remarks>Berner et al., Section 6 (recurrent neural networks). Chapter 05 (architectures).</remarks>
public enum RecurrentCell
{
    /// <summary>The vanilla (Elman) cell h_t = tanh(W_x x_t + W_h h_{t-1} + b).</summary>
    Vanilla,

    /// <summary>The long short-term memory cell (Hochreiter and Schmidhuber 1997, with the forget gate of Gers et al. 2000).</summary>
    Lstm,
}
