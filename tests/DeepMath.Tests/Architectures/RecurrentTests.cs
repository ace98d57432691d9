using DeepMath.Architectures;
using DeepMath.Training;
using MathNet.Numerics.LinearAlgebra;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Tests.Architectures;

public class RecurrentTests
{
    [Theory]
    [InlineData(RecurrentCell.Vanilla, 8, 16, 4, 484)]  // 16·(8 + 16 + 2) + 17·4
    [InlineData(RecurrentCell.Lstm, 8, 16, 4, 1732)]    // 4·16·(8 + 16 + 2) + 17·4
    [InlineData(RecurrentCell.Lstm, 8, 32, 4, 5508)]    // 4·32·42 + 33·4
    public void the_parameter_count_formula_matches_the_module(RecurrentCell cell, int features, int hidden, int classes, long expected)
    {
        using var model = SequenceClassifier.Create(cell, features, hidden, classes);

        Assert.Equal(expected, SequenceClassifier.ParameterCount(cell, features, hidden, classes));
        Assert.Equal(expected, model.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void flat_sequences_give_one_row_of_logits_each_and_the_forget_bias_is_set()
    {
        using var scope = torch.NewDisposeScope();
        using var lstm = SequenceClassifier.Create(RecurrentCell.Lstm, 8, 16, 4, forgetBias: 8, seed: 1);
        using var rnn = SequenceClassifier.Create(RecurrentCell.Vanilla, 8, 16, 4, seed: 1);
        var x = torch.rand(5, 10 * 8, generator: new torch.Generator(0)); // 5 sequences of 10 steps

        Assert.Equal(new long[] { 5, 4 }, lstm.call(x).shape);
        Assert.Equal(new long[] { 5, 4 }, rnn.call(x).shape);
        var biasIh = Tensors.ToArray(lstm.named_parameters().First(p => p.name.EndsWith("bias_ih_l0")).parameter);
        var biasHh = Tensors.ToArray(lstm.named_parameters().First(p => p.name.EndsWith("bias_hh_l0")).parameter);
        Assert.All(Enumerable.Range(16, 16), i => Assert.Equal(8.0, biasIh[i] + biasHh[i], 1e-6)); // the forget gate's block
    }

    [Fact]
    public void the_vanilla_cell_computes_tanh_of_input_plus_recurrence()
    {
        // Oracle: h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh) by hand with MathNet, readout W h_T + b.
        using var model = SequenceClassifier.Create(RecurrentCell.Vanilla, 3, 4, 2, seed: 2);
        var p = model.named_parameters().ToDictionary(q => q.name, q => q.parameter);
        Matrix<double> M(string name) => Matrix<double>.Build.DenseOfArray(Tensors.ToArray2D(p[name]));
        Vector<double> V(string name) => Vector<double>.Build.DenseOfArray(Tensors.ToArray(p[name]));
        var x = new double[1, 9];
        for (var k = 0; k < 9; k++) x[0, k] = Math.Cos(k);
        var h = Vector<double>.Build.Dense(4);
        for (var t = 0; t < 3; t++)
        {
            var xt = Vector<double>.Build.DenseOfArray([x[0, 3 * t], x[0, 3 * t + 1], x[0, 3 * t + 2]]);
            h = (M("rnn.weight_ih_l0") * xt + V("rnn.bias_ih_l0") + M("rnn.weight_hh_l0") * h + V("rnn.bias_hh_l0")).PointwiseTanh();
        }
        var expected = M("readout.weight") * h + V("readout.bias");

        var actual = Evaluation.Predict(model, x);

        Assert.Equal(expected[0], actual[0, 0], 1e-5); // float32
        Assert.Equal(expected[1], actual[0, 1], 1e-5);
    }

    [Fact]
    public void the_norms_of_matrix_powers_approach_the_spectral_radius_per_step()
    {
        var w = RecurrentJacobians.WithSpectralRadius(10, 0.8, seed: 1);
        var norms = RecurrentJacobians.Linear(w, 60);

        Assert.Equal(0.8, w.Evd().EigenValues.Max(e => e.Magnitude), 1e-10);
        Assert.Equal(w.Power(5).L2Norm(), norms[4], 1e-12);
        Assert.Equal(w.L2Norm(), norms[0], 1e-12);
        Assert.Equal(0.8, Math.Pow(norms[59] / norms[29], 1.0 / 30), 0.01); // Gelfand: ‖W^t‖^{1/t} → ρ
    }
}
