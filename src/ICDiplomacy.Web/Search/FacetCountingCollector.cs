using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Counts items (not item × culture documents) per facet value from doc values while the hits are collected,
/// and forwards each hit to an optional top-hits collector. An item counts once per value, except for the
/// language facet, where each culture document counts for its own language.
/// </summary>
internal sealed class FacetCountingCollector(IReadOnlyList<string> fields, ICollector? inner) : ICollector
{
    // Items seen, by node id: a bitset is far cheaper than a hash set for the thousands of hits of a broad query.
    private ulong[] _seen = new ulong[1024];
    private int _items;
    private readonly Dictionary<string, Dictionary<string, int>> _counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[fields.Count];
    private readonly int[]?[] _segmentCounts = new int[fields.Count][];
    private readonly bool[] _perDocument = fields.Select(f => f == SearchFields.Language).ToArray();
    private NumericDocValues? _ids;

    /// <summary>Distinct items collected.</summary>
    public int Items => _items;

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            Flush();
            return _counts;
        }
    }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => inner?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        inner?.SetNextReader(context);
        var reader = context.AtomicReader;
        _ids = reader.GetNumericDocValues(SearchFields.NodeId);
        for (var i = 0; i < fields.Count; i++)
        {
            var dv = reader.GetSortedSetDocValues(fields[i]);
            _values[i] = dv;
            _segmentCounts[i] = dv is null ? null : new int[checked((int)dv.ValueCount)];
        }
    }

    public void Collect(int doc)
    {
        inner?.Collect(doc);
        var first = _ids is null || MarkSeen(_ids.Get(doc));
        for (var i = 0; i < _values.Length; i++)
        {
            var dv = _values[i];
            if (dv is null || (!first && !_perDocument[i]))
            {
                continue;
            }

            dv.SetDocument(doc);
            var counts = _segmentCounts[i]!;
            long ord;
            while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
            }
        }
    }

    private bool MarkSeen(long id)
    {
        if (id < 0)
        {
            return true;
        }

        var word = (int)(id >> 6);
        if (word >= _seen.Length)
        {
            Array.Resize(ref _seen, Math.Max(word + 1, _seen.Length * 2));
        }

        var bit = 1UL << (int)(id & 63);
        if ((_seen[word] & bit) != 0)
        {
            return false;
        }

        _seen[word] |= bit;
        _items++;
        return true;
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            var dv = _values[i];
            var counts = _segmentCounts[i];
            if (dv is null || counts is null)
            {
                continue;
            }

            var target = _counts[fields[i]];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                dv.LookupOrd(ord, term);
                var value = term.Utf8ToString();
                target[value] = target.GetValueOrDefault(value) + counts[ord];
            }

            _values[i] = null;
            _segmentCounts[i] = null;
        }
    }
}
