namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// One kind of stored data that "slet mine data" must remove beyond the conversation and user state: the transcript,
/// the channel's message history, booking requests. The host registers one per kind; the bot runs them all, in
/// registration order, and tells the person what each one deleted.
/// </summary>
public interface IConversationDataEraser
{
    /// <summary>
    /// Deletes this kind of data for <paramref name="scope"/> and returns content keys (in <c>content/*/prompts.yml</c>)
    /// of one line each saying what was deleted; empty when there was nothing.
    /// </summary>
    Task<IReadOnlyList<string>> EraseAsync(ConversationDataScope scope, CancellationToken cancellationToken = default);
}
