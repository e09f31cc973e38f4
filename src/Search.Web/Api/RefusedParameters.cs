namespace Search.Web.Api;

/// <summary>
/// Endpoint metadata: the search parameters an endpoint binds (it shares <see cref="SearchQuery"/>) but refuses, so that
/// the handler and the OpenAPI document read the one list.
/// </summary>
/// <param name="Names">The refused parameters.</param>
internal sealed record RefusedParameters(IReadOnlyList<string> Names);
