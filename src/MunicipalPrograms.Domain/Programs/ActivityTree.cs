namespace MunicipalPrograms.Domain.Programs;

/// <summary>One place of an activity in the walk: its depth (0 for a root) and its parent (null for a root).</summary>
public sealed record ActivityNode(Activity Activity, int Depth, Activity? Parent);

/// <summary>
/// The activity tree of one program (Activity.ParentId), walked in the one order every screen, form and
/// the scoring use: each activity followed by its children, siblings by SortOrder then Id (so equal sort
/// orders still list the same way on every request). It reads only the links, never the kind of an
/// activity, so any number of levels works — subprogram, main activity and activity today; regional
/// projects and complexes of process activities (ПП РФ № 786) later.
/// </summary>
public sealed class ActivityTree
{
    private readonly ILookup<int?, Activity> _children;
    private readonly Dictionary<int, ActivityNode> _nodes;

    public ActivityTree(IEnumerable<Activity> activities)
    {
        var all = activities.ToList();
        var ids = all.Select(a => a.Id).ToHashSet();
        // An activity whose parent is not in the list is walked as a root, so no row is ever lost.
        _children = all.OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .ToLookup(a => a.ParentId is { } p && ids.Contains(p) ? a.ParentId : null);
        Nodes = Walk(null, null, 0).ToList();
        _nodes = Nodes.ToDictionary(n => n.Activity.Id);
    }

    /// <summary>Every activity in document order, with its depth and parent.</summary>
    public IReadOnlyList<ActivityNode> Nodes { get; }

    /// <summary>Every activity in document order.</summary>
    public IEnumerable<Activity> InOrder => Nodes.Select(n => n.Activity);

    public IEnumerable<Activity> Roots => _children[null];

    public IEnumerable<Activity> ChildrenOf(Activity parent) => _children[parent.Id];

    /// <summary>The activity followed by all its descendants, in document order.</summary>
    public IEnumerable<Activity> Subtree(Activity root) => Walk(root.Id, root, Node(root).Depth + 1).Select(n => n.Activity).Prepend(root);

    public IEnumerable<Activity> DescendantsOf(Activity root) => Subtree(root).Skip(1);

    /// <summary>Ids of the given activities and of everything under them (an element's scope in the scoring and the forms).</summary>
    public IReadOnlySet<int> IdsUnder(IEnumerable<Activity> tops) => tops.SelectMany(Subtree).Select(a => a.Id).ToHashSet();

    /// <summary>From the root down to the activity itself.</summary>
    public IReadOnlyList<Activity> PathTo(Activity activity)
    {
        var path = new List<Activity>();
        for (ActivityNode? n = Node(activity); n is not null; n = n.Parent is { } p ? Node(p) : null) path.Add(n.Activity);
        path.Reverse();
        return path;
    }

    public int DepthOf(Activity activity) => Node(activity).Depth;

    private ActivityNode Node(Activity activity) =>
        _nodes.TryGetValue(activity.Id, out var node) ? node : throw new ArgumentException($"Activity {activity.Id} is not in this tree.", nameof(activity));

    private IEnumerable<ActivityNode> Walk(int? parentId, Activity? parent, int depth)
    {
        foreach (var a in _children[parentId])
        {
            yield return new ActivityNode(a, depth, parent);
            foreach (var below in Walk(a.Id, a, depth + 1)) yield return below;
        }
    }
}
