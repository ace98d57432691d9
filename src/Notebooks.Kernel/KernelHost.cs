using System.Runtime.InteropServices;
using NetMQ;

namespace Notebooks.Kernel;

/// <summary>The kernel process's main loop: <c>kit kernel run --connection-file F</c> calls <see cref="RunAsync"/>.</summary>
public static class KernelHost
{
    /// <summary>Serves one kernel until a shutdown_request (or SIGTERM); SIGINT interrupts the running cell instead of exiting.</summary>
    /// <param name="connectionFile">The connection file Jupyter wrote; null to create one (mode 0600) in the runtime folder and print its path.</param>
    /// <param name="options">How cells run; null for the defaults.</param>
    /// <param name="log">Where to log; null for stderr.</param>
    /// <returns>The exit status: 0 after a shutdown.</returns>
    public static async Task<int> RunAsync(string? connectionFile, KernelOptions? options = null, KernelLog? log = null)
    {
        log ??= KernelLog.Stderr;
        ConnectionInfo connection;
        if (connectionFile is null)
        {
            connection = ConnectionInfo.CreateLoopback();
            var folder = Kernelspec.JupyterPaths.RuntimeDirectory();
            Directory.CreateDirectory(folder);
            connectionFile = Path.Combine(folder, $"kernel-kit-{Environment.ProcessId}.json");
            connection.Write(connectionFile);
            Console.Out.WriteLine($"connection file: {connectionFile}  (e.g. jupyter console --existing {connectionFile})");
        }
        else
        {
            connection = ConnectionInfo.Load(connectionFile);
        }

        var kernel = CSharpKernel.Start(connection, options, log);
        // Signal-mode clients (and Ctrl+C in a terminal) interrupt the cell; the kernel keeps running.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            kernel.RequestInterrupt();
        });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            _ = kernel.DisposeAsync().AsTask();
        });
        await kernel.Exited.ConfigureAwait(false);
        await kernel.DisposeAsync().ConfigureAwait(false);
        NetMQConfig.Cleanup(block: false);
        return 0;
    }
}
