using ICDiplomacy.Web.Cms.PublicAccess;

namespace ICDiplomacy.Web.Tests.Cms.PublicAccess;

public class PublicAccessSnapshotTests
{
    private static readonly Guid Board = Guid.NewGuid();
    private static readonly Guid Staff = Guid.NewGuid();
    private static readonly Guid Amina = Guid.NewGuid();

    // Document 12 is protected for the board; 45, below it, for staff; 7 for Amina alone.
    private static readonly PublicAccessSnapshot Snapshot = new(3, new Dictionary<long, ProtectedNode>
    {
        [12] = new(12, Guid.NewGuid(), new HashSet<Guid>(), new HashSet<Guid> { Board }),
        [45] = new(45, Guid.NewGuid(), new HashSet<Guid>(), new HashSet<Guid> { Staff }),
        [7] = new(7, Guid.NewGuid(), new HashSet<Guid> { Amina }, new HashSet<Guid>()),
    });

    private static MemberIdentity Member(Guid key, params Guid[] groups) => new(key, groups.ToHashSet());

    [Theory]
    [InlineData("-1,12", true)]
    [InlineData("-1,12,30", true)]
    [InlineData("-1,5,7,8", true)]
    [InlineData("-1,123", false)]
    [InlineData("-1,112,120", false)]
    [InlineData("-1,5", false)]
    public void Protection_covers_the_item_and_its_descendants_and_matches_whole_ids_only(string path, bool isProtected) =>
        Assert.Equal(isProtected, Snapshot.IsProtected(path));

    [Fact]
    public void Anonymous_caller_is_not_logged_in_for_protected_items_and_accepted_elsewhere()
    {
        Assert.Equal(PublicAccessStatus.NotLoggedIn, Snapshot.Check("-1,12,30", null));
        Assert.Equal(PublicAccessStatus.AccessAccepted, Snapshot.Check("-1,5", null));
        Assert.Equal([7, 12, 45], Snapshot.HiddenFrom(null));
    }

    [Fact]
    public void Member_is_admitted_by_group_or_by_name_and_needs_every_rule_on_the_path()
    {
        var boardMember = Member(Guid.NewGuid(), Board);
        var staffMember = Member(Guid.NewGuid(), Staff);
        var both = Member(Guid.NewGuid(), Board, Staff);

        Assert.Equal(PublicAccessStatus.AccessAccepted, Snapshot.Check("-1,12,30", boardMember));
        Assert.Equal(PublicAccessStatus.AccessDenied, Snapshot.Check("-1,12,45,50", boardMember));
        // A rule on a sub-page does not open the branch above it.
        Assert.Equal(PublicAccessStatus.AccessDenied, Snapshot.Check("-1,12,45,50", staffMember));
        Assert.Equal(PublicAccessStatus.AccessAccepted, Snapshot.Check("-1,12,45,50", both));
        Assert.Equal(PublicAccessStatus.AccessAccepted, Snapshot.Check("-1,5,7", Member(Amina)));
        Assert.Equal(PublicAccessStatus.AccessDenied, Snapshot.Check("-1,5,7", both));
        Assert.Equal([7, 45], Snapshot.HiddenFrom(boardMember));
        Assert.Equal([7], Snapshot.HiddenFrom(both));
    }

    [Fact]
    public void Exclude_branches_keeps_only_items_outside_every_hidden_branch()
    {
        var paths = new[] { "-1,12", "-1,12,30", "-1,123", "-1,5,7", "-1,5", "-1,45" }.AsQueryable();

        var kept = PublicAccessSnapshot.ExcludeBranches(paths, p => p, Snapshot.HiddenFrom(null)).ToList();

        Assert.Equal(["-1,123", "-1,5"], kept);
    }
}
