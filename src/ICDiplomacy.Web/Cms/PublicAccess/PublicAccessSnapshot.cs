using System.Globalization;
using System.Linq.Expressions;

namespace ICDiplomacy.Web.Cms.PublicAccess;

/// <summary>
/// Every protected document at one moment, keyed by document id. Protection covers a document and its
/// descendants, so an item is protected when any id on its path (Umbraco's "-1,12,45") is in the set; ids do
/// not change when documents move, so a move never makes the snapshot stale.
/// </summary>
public sealed class PublicAccessSnapshot(long version, IReadOnlyDictionary<long, ProtectedNode> nodes)
{
    public static readonly PublicAccessSnapshot Empty = new(0, new Dictionary<long, ProtectedNode>());

    /// <summary>Changes whenever a rule changes; caches of answers that depend on protection key on it.</summary>
    public long Version { get; } = version;

    public IReadOnlyDictionary<long, ProtectedNode> Nodes { get; } = nodes;

    public bool IsProtected(string path) => Nodes.Count > 0 && Governing(path).Any();

    /// <summary>
    /// Every rule on the path must admit the member. Umbraco looks only at the nearest protected ancestor; we
    /// deliberately require all of them, so a sub-page with its own rule never opens a branch protected above it.
    /// </summary>
    public PublicAccessStatus Check(string path, MemberIdentity? member)
    {
        if (Nodes.Count == 0)
        {
            return PublicAccessStatus.AccessAccepted;
        }

        var accepted = true;
        foreach (var node in Governing(path))
        {
            if (member is null)
            {
                return PublicAccessStatus.NotLoggedIn;
            }

            accepted &= node.Admits(member);
        }

        return accepted ? PublicAccessStatus.AccessAccepted : PublicAccessStatus.AccessDenied;
    }

    /// <summary>Ids of protected documents whose branch the caller may not see (all of them for an anonymous caller).</summary>
    public IReadOnlyList<long> HiddenFrom(MemberIdentity? member) =>
        Nodes.Values.Where(n => member is null || !n.Admits(member)).Select(n => n.DocumentId).Order().ToList();

    /// <summary>
    /// Narrows a query to items outside every hidden branch, in SQL: one parameterised "path contains ,id," test per
    /// hidden document, which stays small because protection is set on a few branch roots, not on every item.
    /// </summary>
    public static IQueryable<T> ExcludeBranches<T>(IQueryable<T> query, Expression<Func<T, string>> path, IReadOnlyList<long> hiddenIds)
    {
        foreach (var id in hiddenIds)
        {
            var token = "," + id.ToString(CultureInfo.InvariantCulture) + ",";
            // (path + ",") contains ",id," exactly when id is the item itself or one of its ancestors.
            var body = Expression.Not(Expression.Call(
                Expression.Call(typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!, path.Body, Expression.Constant(",")),
                typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!,
                Expression.Property(Expression.Constant(new TokenHolder(token)), nameof(TokenHolder.Value))));
            query = query.Where(Expression.Lambda<Func<T, bool>>(body, path.Parameters));
        }

        return query;
    }

    private IEnumerable<ProtectedNode> Governing(string path)
    {
        foreach (var part in path.Split(','))
        {
            if (long.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && Nodes.TryGetValue(id, out var node))
            {
                yield return node;
            }
        }
    }

    // A member access on a closure-like object makes EF send the token as a parameter instead of inlining it.
    private sealed record TokenHolder(string Value);
}
