using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <summary>
    /// The audit log stored screen captions as field names and Russian-formatted values. This converts the
    /// stored entries to stable field codes (AuditField) and invariant values (AuditValue); the journal page
    /// translates them back, so it reads as before.
    /// </summary>
    public partial class AuditFieldCodes : Migration
    {
        private static readonly (string Caption, string Code)[] Fields =
        [
            ("Факт", "actual"), ("Не измерялось", "not_measured"), ("Обоснование отклонения", "deviation_reason"),
            ("Кассовое исполнение", "cash_execution"), ("Выполнено", "completed"), ("Дата выполнения", "actual_completion"),
            ("Что сделано", "done"), ("Причины невыполнения", "not_done_reason"), ("Проблемы", "problems"), ("Статус", "status"),
            ("Срок представления", "deadline"), ("Веса показателей", "weight_mode"), ("Вес", "weight"),
            ("Пояснительная информация", "narrative"), ("Подписант (ФИО)", "signatory_name"), ("Подписант (должность)", "signatory_position"),
            ("Исполнитель (ФИО)", "contact_name"), ("Телефон исполнителя", "contact_phone"),
            ("Межведомственная рабочая группа", "has_working_group"), ("Бюджетный эффект", "has_budget_effect"),
            ("Социальный эффект", "has_social_effect"), ("Описание эффекта", "effect_description"), ("Целевые группы", "target_groups"),
        ];

        private static readonly (string Caption, string Code)[] Statuses =
            [("черновик", "Draft"), ("представлен", "Submitted"), ("возвращен на доработку", "Returned"), ("принят", "Accepted")];

        private static readonly (string Caption, string Code)[] WeightModes = [("равные (1/N)", "Equal"), ("заданные в отчете", "Explicit")];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var column in new[] { "old_value", "new_value" })
            {
                // Numbers: "1 234,50" (any space) → "1234.5": no group separators, a point, no trailing zeros; empty → NULL.
                migrationBuilder.Sql($"""
                    UPDATE audit_entries SET {column} = NULLIF(regexp_replace(regexp_replace(
                        replace(translate({column}, E' \u00A0\u202F', ''), ',', '.'), '(\.\d*[1-9])0+$', '\1'), '\.0*$', ''), '')
                    WHERE field IN ('Факт', 'Вес', 'Кассовое исполнение');
                    """);
                migrationBuilder.Sql($"""
                    UPDATE audit_entries SET {column} = CASE {column} WHEN 'да' THEN 'true' WHEN 'нет' THEN 'false' ELSE NULL END
                    WHERE field IN ('Не измерялось', 'Выполнено', 'Межведомственная рабочая группа', 'Бюджетный эффект', 'Социальный эффект');
                    """);
                migrationBuilder.Sql($"""
                    UPDATE audit_entries SET {column} = CASE WHEN {column} ~ '^\d\d\.\d\d\.\d\d\d\d$'
                        THEN substr({column}, 7, 4) || '-' || substr({column}, 4, 2) || '-' || substr({column}, 1, 2) ELSE NULL END
                    WHERE field IN ('Дата выполнения', 'Срок представления');
                    """);
                foreach (var (caption, code) in Statuses)
                    migrationBuilder.Sql($"UPDATE audit_entries SET {column} = '{code}' WHERE field = 'Статус' AND {column} = '{caption}';");
                foreach (var (caption, code) in WeightModes)
                    migrationBuilder.Sql($"UPDATE audit_entries SET {column} = '{code}' WHERE field = 'Веса показателей' AND {column} = '{caption}';");
                // "Группа: 12 из 30; Другая: 1,5 из 2" → [{"name":"Группа","covered":12,"total":30}, …]
                migrationBuilder.Sql($"""
                    UPDATE audit_entries SET {column} = (
                        SELECT jsonb_agg(jsonb_build_object('name', m[1],
                            'covered', replace(translate(m[2], E' \u00A0', ''), ',', '.')::numeric,
                            'total', replace(translate(m[3], E' \u00A0', ''), ',', '.')::numeric))::text
                        FROM regexp_matches({column}, '([^;]+?): ([-\d\s,\u00A0]+) из ([-\d\s,\u00A0]+)(?:; |$)', 'g') AS m)
                    WHERE field = 'Целевые группы';
                    """);
            }

            // Subjects: the row's code and name only; explicit weights belong to their indicator.
            migrationBuilder.Sql("""
                UPDATE audit_entries a SET subject = 'IndicatorWeight', subject_id = i.id
                FROM indicators i
                WHERE a.field = 'Вес' AND a.subject = 'Report' AND i.program_id = a.program_id
                  AND a.subject_name LIKE 'Показатель ' || i.code || ' «%';
                UPDATE audit_entries SET subject_name = substr(subject_name, length('Показатель ') + 1)
                WHERE subject_name LIKE 'Показатель %';
                UPDATE audit_entries SET subject_name = substr(subject_name, length('Мероприятие ') + 1)
                WHERE subject_name LIKE 'Мероприятие %';
                UPDATE audit_entries SET subject_name = '' WHERE subject = 'Report';
                """);
            foreach (var (caption, code) in Fields)
                migrationBuilder.Sql($"UPDATE audit_entries SET field = '{code}' WHERE field = '{caption}';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (caption, code) in Fields)
                migrationBuilder.Sql($"UPDATE audit_entries SET field = '{caption}' WHERE field = '{code}';");
            foreach (var column in new[] { "old_value", "new_value" })
            {
                migrationBuilder.Sql($"UPDATE audit_entries SET {column} = replace({column}, '.', ',') WHERE field IN ('Факт', 'Вес', 'Кассовое исполнение');");
                migrationBuilder.Sql($"""
                    UPDATE audit_entries SET {column} = CASE {column} WHEN 'true' THEN 'да' WHEN 'false' THEN 'нет' ELSE '' END
                    WHERE field IN ('Не измерялось', 'Выполнено', 'Межведомственная рабочая группа', 'Бюджетный эффект', 'Социальный эффект');
                    """);
                migrationBuilder.Sql($"""
                    UPDATE audit_entries SET {column} = substr({column}, 9, 2) || '.' || substr({column}, 6, 2) || '.' || substr({column}, 1, 4)
                    WHERE field IN ('Дата выполнения', 'Срок представления') AND {column} IS NOT NULL;
                    """);
                foreach (var (caption, code) in Statuses)
                    migrationBuilder.Sql($"UPDATE audit_entries SET {column} = '{caption}' WHERE field = 'Статус' AND {column} = '{code}';");
                foreach (var (caption, code) in WeightModes)
                    migrationBuilder.Sql($"UPDATE audit_entries SET {column} = '{caption}' WHERE field = 'Веса показателей' AND {column} = '{code}';");
            }
            migrationBuilder.Sql("""
                UPDATE audit_entries SET subject = 'Report' WHERE subject = 'IndicatorWeight';
                UPDATE audit_entries SET subject_name = 'Показатель ' || subject_name WHERE subject = 'IndicatorValue' OR field = 'Вес';
                UPDATE audit_entries SET subject_name = 'Мероприятие ' || subject_name WHERE subject IN ('FundingLine', 'ActivityExecution');
                UPDATE audit_entries SET subject_name = 'Сведения отчета' WHERE subject = 'Report' AND subject_name = '';
                """);
        }
    }
}
