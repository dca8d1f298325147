using System.ComponentModel.DataAnnotations;

namespace ICDiplomacy.Web.Health;

/// <summary>The <c>Memory</c> section: giving start-up and burst garbage back to the operating system when idle.</summary>
public sealed class MemoryOptions
{
    public const string SectionName = "Memory";

    /// <summary>Run one compacting, decommitting collection once the node has been quiet for <see cref="IdleAfter"/>.</summary>
    public bool TrimWhenIdle { get; set; } = true;

    /// <summary>How long without requests (and with almost no allocation) counts as idle.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Trim again only after this much has been allocated since the last trim, so an idle node is not collected over and over.</summary>
    [Range(1, 4096)]
    public int MinAllocatedMegabytes { get; set; } = 8;
}
