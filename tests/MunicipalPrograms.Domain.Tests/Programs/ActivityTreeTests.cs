using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Domain.Tests.Programs;

/// <summary>The one walk of the activity tree: each activity followed by its children, siblings by SortOrder then Id.</summary>
public sealed class ActivityTreeTests
{
    private static Activity A(int id, string code, int sortOrder, int? parent = null, ActivityKind kind = ActivityKind.Activity) =>
        new() { Id = id, Code = code, SortOrder = sortOrder, ParentId = parent, Kind = kind };

    /// <summary>
    /// The shape of the Копейск program: main activities with children, then plain activities at the top
    /// level between them. Listed here out of order (children saved before parents get higher ids).
    /// </summary>
    private static readonly Activity[] Kopeysk =
    [
        A(10, "m1", 1, parent: 1), A(11, "m2", 2, parent: 1),
        A(3, "m17", 6), A(1, "1", 0, kind: ActivityKind.MainActivity),
        A(12, "m4", 4, parent: 2), A(2, "2", 3, kind: ActivityKind.MainActivity),
        A(4, "m18", 7), A(5, "5", 8, kind: ActivityKind.MainActivity), A(13, "m23", 9, parent: 5),
    ];

    [Fact]
    public void Lists_each_activity_followed_by_its_children_siblings_by_sort_order()
    {
        var tree = new ActivityTree(Kopeysk);

        tree.InOrder.Select(a => a.Code).Should().Equal("1", "m1", "m2", "2", "m4", "m17", "m18", "5", "m23");
        tree.Roots.Select(a => a.Code).Should().Equal("1", "2", "m17", "m18", "5");
    }

    [Fact]
    public void Gives_each_activity_its_depth_and_parent()
    {
        var nodes = new ActivityTree(Kopeysk).Nodes;

        nodes.Select(n => (n.Activity.Code, n.Depth, n.Parent?.Code)).Should().Equal(
            ("1", 0, null), ("m1", 1, "1"), ("m2", 1, "1"), ("2", 0, null), ("m4", 1, "2"),
            ("m17", 0, null), ("m18", 0, null), ("5", 0, null), ("m23", 1, "5"));
    }

    [Fact]
    public void Equal_sort_orders_are_listed_by_id()
    {
        // Ids 7 and 5 share sort order 1: 5 first; 9 has sort order 0 and leads although its id is the largest.
        var tree = new ActivityTree([A(7, "b", 1), A(5, "a", 1), A(9, "c", 0)]);

        tree.InOrder.Select(a => a.Code).Should().Equal("c", "a", "b");
    }

    [Fact]
    public void Walks_any_number_of_levels_whatever_their_kind()
    {
        // ПП РФ № 786: a regional project, a complex of process activities under it, activities under that.
        var tree = new ActivityTree(
        [
            A(4, "1.1.2", 1, parent: 2), A(1, "1", 0), A(2, "1.1", 0, parent: 1), A(3, "1.1.1", 0, parent: 2), A(5, "1.2", 1, parent: 1),
        ]);

        tree.Nodes.Select(n => (n.Activity.Code, n.Depth)).Should().Equal(("1", 0), ("1.1", 1), ("1.1.1", 2), ("1.1.2", 2), ("1.2", 1));
        var leaf = tree.InOrder.Single(a => a.Code == "1.1.2");
        tree.PathTo(leaf).Select(a => a.Code).Should().Equal("1", "1.1", "1.1.2");
        tree.DepthOf(leaf).Should().Be(2);
    }

    [Fact]
    public void Subtree_is_the_activity_and_everything_under_it_in_order()
    {
        var tree = new ActivityTree(Kopeysk);
        var main1 = Kopeysk.Single(a => a.Code == "1");

        tree.Subtree(main1).Select(a => a.Code).Should().Equal("1", "m1", "m2");
        tree.DescendantsOf(main1).Select(a => a.Code).Should().Equal("m1", "m2");
        tree.ChildrenOf(main1).Select(a => a.Code).Should().Equal("m1", "m2");
        tree.IdsUnder([main1, Kopeysk.Single(a => a.Code == "5")]).Should().BeEquivalentTo([1, 10, 11, 5, 13]);
    }

    [Fact]
    public void An_activity_whose_parent_is_missing_is_walked_as_a_root()
    {
        // Parent 99 is not in the list: the activity still prints, at the top level, in its sort order.
        var tree = new ActivityTree([A(1, "1", 0), A(2, "orphan", 1, parent: 99), A(3, "3", 2)]);

        tree.Nodes.Select(n => (n.Activity.Code, n.Depth)).Should().Equal(("1", 0), ("orphan", 0), ("3", 0));
    }
}
