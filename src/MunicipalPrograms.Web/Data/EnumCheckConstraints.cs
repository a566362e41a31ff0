using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MunicipalPrograms.Web.Data;

/// <summary>
/// Every enum stored as text (ConfigureConventions) may hold only its names: a CHECK constraint per column, made from
/// the enum itself, so a new member or a new enum column gets its constraint with the next migration and no value the
/// code cannot read is ever stored ('99' once broke every page that scored the report). Runs after SnakeCaseNames.
/// </summary>
internal static class EnumCheckConstraints
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // JSON documents (the report's additional criteria) have no columns of their own to constrain.
            if (entity.GetTableName() is not { } table || entity.IsMappedToJson()) continue;
            var properties = entity.GetDeclaredProperties()
                .Concat(entity.GetDeclaredComplexProperties().SelectMany(c => c.ComplexType.GetProperties()));
            foreach (var property in properties)
                if ((Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) is { IsEnum: true } type && property.GetColumnName() is { } column)
                    entity.AddCheckConstraint($"ck_{table}_{column}_known", Sql(column, type));
        }
    }

    private static string Sql(string column, Type type) =>
        $"{column} IN ({string.Join(", ", Enum.GetNames(type).Select(n => $"'{n}'"))})";
}
