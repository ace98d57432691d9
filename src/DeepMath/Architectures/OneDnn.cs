using System.Runtime.InteropServices;
using TorchSharp;

namespace DeepMath.Architectures;

/// <summary>Switches libtorch's oneDNN (MKL-DNN) kernels off, so convolutions and LSTMs run on ATen's reference kernels.</summary>
/// <remarks>
/// In float32, libtorch sends convolutions and recurrent layers (LSTM, GRU) to oneDNN, whose just-in-time kernels pick
/// their blocking (and so the order of their sums) from the CPU's instruction set and cache sizes: the same convolution
/// gives results that differ in the last bits from one CPU to another (measured: 1.3e-5 between oneDNN and the
/// reference path on a 64 × 8 × 8 × 8 batch with outputs of order 10; both are within float32 rounding of the float64
/// result). With oneDNN off, a convolution is im2col followed by a BLAS product, bit for bit the same as
/// <c>unfold</c> plus <c>matmul</c>, and it depends only on the BLAS, which the kit pins (<c>MKL_CBWR</c>).
/// TorchSharp 0.107 has no <c>torch.backends.mkldnn</c>, so this calls libtorch's own switch,
/// <c>at::globalContext().setUserEnabledMkldnn(bool)</c>, through its exported (Itanium-mangled) symbol; where that
/// symbol cannot be found (Windows' MSVC build mangles differently) nothing changes and <see cref="Disable"/> says so.
/// Chapter 05 (architectures) calls it once at the start; the paper's results do not depend on it, only the bits.
/// </remarks>
public static class OneDnn
{
    private const string Library = "libtorch_cpu";

    /// <summary>Turns oneDNN off for the rest of the process, if this platform's libtorch exposes the switch.</summary>
    /// <returns>True when oneDNN is now off; false when the switch could not be reached (oneDNN stays as it was).</returns>
    public static bool Disable() => TrySet(false);

    /// <summary>Turns oneDNN back on (libtorch's default), if this platform's libtorch exposes the switch.</summary>
    /// <returns>True when oneDNN is now on; false when the switch could not be reached.</returns>
    public static bool Enable() => TrySet(true);

    /// <summary>Whether libtorch currently uses oneDNN for float32 convolutions and recurrent layers.</summary>
    /// <returns>The flag, or null when it cannot be read on this platform.</returns>
    public static bool? IsEnabled()
    {
        try
        {
            EnsureLoaded();
            return UserEnabledMkldnn(GlobalContext());
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    private static bool TrySet(bool enabled)
    {
        try
        {
            EnsureLoaded();
            var context = GlobalContext();
            SetUserEnabledMkldnn(context, enabled);
            return UserEnabledMkldnn(context) == enabled;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    // TorchSharp loads libtorch_cpu when torch is first used; the P/Invokes below then resolve to the loaded library.
    private static void EnsureLoaded() => torch.InitializeDeviceType(DeviceType.CPU);

    [DllImport(Library, EntryPoint = "_ZN2at13globalContextEv")]
    private static extern IntPtr GlobalContext();

    [DllImport(Library, EntryPoint = "_ZN2at7Context20setUserEnabledMkldnnEb")]
    private static extern void SetUserEnabledMkldnn(IntPtr context, [MarshalAs(UnmanagedType.I1)] bool enabled);

    [DllImport(Library, EntryPoint = "_ZNK2at7Context17userEnabledMkldnnEv")]
    [return: MarshalAs(UnmanagedType.I1)]
    private static extern bool UserEnabledMkldnn(IntPtr context);
}
