namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>The «↑»/«↓» buttons of a list form: a button posts "index:up" or "index:down" and the rows swap.</summary>
public static class ListMoves
{
    public static (int Index, int Delta)? Parse(string? move)
    {
        var parts = move?.Split(':');
        if (parts is not [var index, var direction] || !int.TryParse(index, out var k)) return null;
        return direction switch { "up" => (k, -1), "down" => (k, 1), _ => null };
    }

    /// <summary>Moves the row at <paramref name="move"/>'s index one place up or down (nothing when at the edge).</summary>
    public static void Apply<T>(List<T> rows, string? move)
    {
        if (Parse(move) is not { } m) return;
        var (k, delta) = m;
        var other = k + delta;
        if (k < 0 || k >= rows.Count || other < 0 || other >= rows.Count) return;
        (rows[k], rows[other]) = (rows[other], rows[k]);
    }
}
