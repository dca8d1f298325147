namespace ICDiplomacy.Web.Search;

internal static class AtomicMax
{
    /// <summary>Raises <paramref name="target"/> to <paramref name="value"/> unless it is already higher (lock-free).</summary>
    public static void Raise(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
