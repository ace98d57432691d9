using TorchSharp;
using static TorchSharp.torch;

namespace DeepMath.Training;

/// <summary>The one place where arrays become TorchSharp tensors and back.</summary>
/// <remarks>
/// Chapters compute on <c>double[]</c>, <c>double[,]</c> and MathNet types; tensors appear only at the training edge.
/// A tensor made here outside a dispose scope is owned by the caller (dispose it, or create it inside
/// <c>torch.NewDisposeScope()</c>). The <c>ToArray</c> methods free every temporary they make.
/// </remarks>
public static class Tensors
{
    /// <summary>A matrix as a 2-d tensor, shape [n, d].</summary>
    /// <param name="x">Values, shape [n, d], e.g. a data set's inputs.</param>
    /// <param name="dtype">Element type: <see cref="ScalarType.Float32"/> (default, fast) or <see cref="ScalarType.Float64"/> (exact constructions).</param>
    /// <returns>A new tensor on the CPU.</returns>
    public static Tensor ToTensor(double[,] x, ScalarType dtype = ScalarType.Float32)
    {
        ArgumentNullException.ThrowIfNull(x);
        long[] shape = [x.GetLength(0), x.GetLength(1)];
        return dtype switch
        {
            ScalarType.Float64 => torch.tensor(x.Cast<double>().ToArray(), shape, ScalarType.Float64),
            ScalarType.Float32 => torch.tensor(x.Cast<double>().Select(v => (float)v).ToArray(), shape, ScalarType.Float32),
            _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "Use Float32 or Float64."),
        };
    }

    /// <summary>A vector as a 1-d tensor, shape [n].</summary>
    /// <param name="y">Values, e.g. regression targets.</param>
    /// <param name="dtype">Element type: <see cref="ScalarType.Float32"/> (default) or <see cref="ScalarType.Float64"/>.</param>
    /// <returns>A new tensor on the CPU.</returns>
    public static Tensor ToTensor(double[] y, ScalarType dtype = ScalarType.Float32)
    {
        ArgumentNullException.ThrowIfNull(y);
        return dtype switch
        {
            ScalarType.Float64 => torch.tensor(y, ScalarType.Float64),
            ScalarType.Float32 => torch.tensor(y.Select(v => (float)v).ToArray(), ScalarType.Float32),
            _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "Use Float32 or Float64."),
        };
    }

    /// <summary>Class labels as a 1-d int64 tensor, shape [n], the type cross-entropy expects.</summary>
    /// <param name="labels">Labels 0..k-1, e.g. a labelled data set's <c>Labels</c>.</param>
    /// <returns>A new int64 tensor on the CPU.</returns>
    public static Tensor ToTensor(int[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return torch.tensor(labels.Select(l => (long)l).ToArray(), ScalarType.Int64);
    }

    /// <summary>All elements of a floating-point or integer tensor, in row-major order, as doubles.</summary>
    /// <param name="t">Any tensor, e.g. a loss [1] or predictions [n, 1]; it may require grad.</param>
    /// <returns>A new array with t.numel() values.</returns>
    public static double[] ToArray(Tensor t)
    {
        ArgumentNullException.ThrowIfNull(t);
        using var scope = torch.NewDisposeScope(); // frees the detached / converted copies
        return t.detach().cpu().to_type(ScalarType.Float64).contiguous().data<double>().ToArray();
    }

    /// <summary>A 2-d tensor as a matrix.</summary>
    /// <param name="t">A tensor of shape [n, d], e.g. network outputs.</param>
    /// <returns>A new array of shape [n, d].</returns>
    public static double[,] ToArray2D(Tensor t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (t.dim() != 2) throw new ArgumentException($"Expected a 2-d tensor, got shape [{string.Join(", ", t.shape)}].", nameof(t));
        var (rows, cols) = ((int)t.shape[0], (int)t.shape[1]);
        var flat = ToArray(t);
        var result = new double[rows, cols];
        Buffer.BlockCopy(flat, 0, result, 0, flat.Length * sizeof(double));
        return result;
    }

    /// <summary>An integer tensor of labels (e.g. from <c>argmax</c>) as an int array.</summary>
    /// <param name="t">A 1-d integer tensor, shape [n].</param>
    /// <returns>A new array of length n.</returns>
    public static int[] ToLabels(Tensor t)
    {
        ArgumentNullException.ThrowIfNull(t);
        using var scope = torch.NewDisposeScope();
        return t.detach().cpu().to_type(ScalarType.Int64).contiguous().data<long>().Select(v => checked((int)v)).ToArray();
    }
}
