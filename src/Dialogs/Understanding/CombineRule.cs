namespace HeelBot.Dialogs.Understanding;

/// <summary>
/// An id shown only by several mentions together, such as a stress fracture from more training plus pain that keeps
/// growing. When all <see cref="All"/> entry names are mentioned the id is set (or unclear, when
/// <see cref="OnlyUnclear"/>); when only the names in <see cref="Partial"/> are, it is unclear.
/// </summary>
public sealed record CombineRule(string Id, IReadOnlyList<string> All, IReadOnlyList<string> Partial, bool OnlyUnclear);
