namespace DeepMath.Tests.Training;

/// <summary>An IProgress that runs its handler at once on the reporting thread (Progress&lt;T&gt; posts asynchronously).</summary>
internal sealed class SyncProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
