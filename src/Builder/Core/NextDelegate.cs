namespace HeelBot.Builder.Core;

public delegate Task NextDelegate(CancellationToken cancellationToken);
