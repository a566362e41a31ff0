namespace MunicipalPrograms.Domain.Common;

/// <summary>Источник финансирования. The order is the column order of the forms.</summary>
public enum FundingSource { Federal, Regional, Local, Settlements, ExtraBudgetary }

/// <summary>The unit a municipality's forms print money in.</summary>
public enum MoneyUnit { Rubles, ThousandRubles }

/// <summary>Отчетный период: the year, or an interim monitoring period inside it.</summary>
public enum PeriodKind { Year, Quarter1, HalfYear, NineMonths }

public enum ProgramStatus { Draft, Approved, InForce, Completed, TerminatedEarly }

public enum DepartmentKind { Administration, Department, Institution, Enterprise, Official, Other }

public enum ActivityKind { MainActivity, Activity }

/// <summary>Показатель непосредственного (Output) или конечного (Outcome) результата.</summary>
public enum IndicatorKind { Output, Outcome }

/// <summary>Направленность показателя: на увеличение или на снижение.</summary>
public enum Direction { Increase, Decrease }

/// <summary>How the planned value is stated: a plain value, «не более», «не менее», «от … до», «да/нет».</summary>
public enum TargetKind { Value, AtMost, AtLeast, Range, YesNo }

public enum ReportStatus { Draft, Submitted, Returned, Accepted }

/// <summary>Weights of indicators in a report: equal (1/N) or set explicitly (Appendix 9, note 1).</summary>
public enum WeightMode { Equal, Explicit }

/// <summary>Appendix 7 resource kinds.</summary>
public enum ResourceKind { Financial, Material, Labor, Other }
