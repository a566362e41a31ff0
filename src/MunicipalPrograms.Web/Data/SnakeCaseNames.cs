using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MunicipalPrograms.Web.Data;

/// <summary>
/// PostgreSQL folds unquoted names to lower case; snake_case tables and columns keep hand-written SQL
/// (reports, psql sessions) free of quotes. EFCore.NamingConventions is not in our package feed.
/// </summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && !entity.IsOwned())
                entity.SetTableName(ToSnake(table));
            foreach (var property in entity.GetProperties())
                RenameColumn(property, entity);
            // Columns of a value object carry its name: approving_act_date, budget_names_local.
            foreach (var complex in entity.GetComplexProperties())
                foreach (var property in complex.ComplexType.GetProperties())
                    property.SetColumnName($"{ToSnake(complex.Name)}_{ToSnake(property.Name)}");
        }
    }

    private static void RenameColumn(IMutableProperty property, IMutableEntityType entity)
    {
        if (property.GetColumnName() is { } column && column != "xmin" && entity.GetContainerColumnName() is null)
            property.SetColumnName(ToSnake(column));
    }

    public static string ToSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                    sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
