using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>
/// Where activities sit in a plan's list, which is in document order (each activity followed by its children, as
/// <c>ActivityTree</c> walks them): saving, moving among siblings and removing keep that order.
/// </summary>
public static class ActivityPlacement
{
    /// <summary>A parent must exist and be neither the activity itself nor one of its descendants.</summary>
    public static string? ParentError(IReadOnlyList<PlanActivity> activities, int key, int? parentKey)
    {
        if (parentKey is not { } p) return null;
        var byKey = activities.ToDictionary(a => a.Key);
        if (!byKey.ContainsKey(p)) return "Такого мероприятия в проекте нет.";
        for (int? at = p; at is { } k; at = byKey.TryGetValue(k, out var a) ? a.ParentKey : null)
            if (key != 0 && k == key) return "Мероприятие не может входить в само себя или в свое вложенное мероприятие.";
        return null;
    }

    /// <summary>Puts a saved activity in the list: in its place when its parent is unchanged, else last under the new parent.</summary>
    public static List<PlanActivity> Save(IReadOnlyList<PlanActivity> activities, PlanActivity saved)
    {
        var list = activities.ToList();
        var index = list.FindIndex(a => a.Key == saved.Key);
        if (index >= 0 && list[index].ParentKey == saved.ParentKey) list[index] = saved;
        else
        {
            if (index >= 0) list.RemoveAt(index);
            list.Add(saved);
        }
        return InDocumentOrder(list);
    }

    /// <summary>Swaps an activity with its previous (delta −1) or next (+1) sibling, children moving with it.</summary>
    public static List<PlanActivity> Move(IReadOnlyList<PlanActivity> activities, int key, int delta)
    {
        var list = activities.ToList();
        var me = list.FirstOrDefault(a => a.Key == key);
        if (me is null) return list;
        var siblings = list.Where(a => a.ParentKey == me.ParentKey).ToList();
        var at = siblings.IndexOf(me);
        var other = at + delta;
        if (other < 0 || other >= siblings.Count) return list;
        var (i, j) = (list.IndexOf(me), list.IndexOf(siblings[other]));
        (list[i], list[j]) = (list[j], list[i]);
        return InDocumentOrder(list);
    }

    public static bool HasChildren(IReadOnlyList<PlanActivity> activities, int key) => activities.Any(a => a.ParentKey == key);

    /// <summary>
    /// Each activity followed by its children, siblings in the list's relative order; an activity whose parent is not
    /// in the list is a root, so none is lost.
    /// </summary>
    public static List<PlanActivity> InDocumentOrder(IReadOnlyList<PlanActivity> activities)
    {
        var keys = activities.Select(a => a.Key).ToHashSet();
        var children = activities.ToLookup(a => a.ParentKey is { } p && keys.Contains(p) ? p : (int?)null);
        var result = new List<PlanActivity>(activities.Count);
        void Walk(int? parent)
        {
            foreach (var a in children[parent])
            {
                result.Add(a);
                Walk(a.Key);
            }
        }
        Walk(null);
        return result;
    }

    /// <summary>Depth of each activity (0 for a root), for indenting the list.</summary>
    public static Dictionary<int, int> Depths(IReadOnlyList<PlanActivity> activities)
    {
        var byKey = activities.ToDictionary(a => a.Key);
        var depths = new Dictionary<int, int>();
        foreach (var a in activities)
        {
            var depth = 0;
            for (var p = a.ParentKey; p is { } k && byKey.TryGetValue(k, out var parent) && depth < activities.Count; p = parent.ParentKey) depth++;
            depths[a.Key] = depth;
        }
        return depths;
    }
}
