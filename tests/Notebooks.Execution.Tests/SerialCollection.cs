namespace Notebooks.Execution.Tests;

/// <summary>Tests that must not share the machine with the rest of the run; xunit runs them after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "serial";
}
