using System.Runtime.InteropServices;

namespace ICDiplomacy.Web.Health;

/// <summary>
/// The C library's allocator keeps memory the runtime freed (JIT scratch space, SQLite's and the native
/// libraries' buffers) in its arenas. On glibc, <c>malloc_trim(0)</c> hands the free pages of every arena back to
/// the operating system; elsewhere (musl, macOS, Windows) this does nothing.
/// </summary>
internal static class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Returns free native heap pages to the operating system; true when glibc did so.</summary>
    public static bool Trim()
    {
        if (_unavailable)
        {
            return false;
        }

        try
        {
            return MallocTrim(0) != 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true; // musl and other C libraries without malloc_trim
            return false;
        }
    }

    // DllImport rather than LibraryImport: the signature is blittable, and LibraryImport would need unsafe code on.
    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
