using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

/// <summary>
/// Queries over the five seed articles with a graded judgment per article, made by reading the articles:
/// 3 = the article is about exactly this, 2 = it reports it, 1 = it touches it, 0 (absent) = it does not.
/// </summary>
public static class JudgedQueries
{
    private const string Bi = Seeds.BusinessInsider;
    private const string Wion = Seeds.Wion;
    private const string M10 = Seeds.M10;
    private const string Mt = Seeds.MoscowTimes;
    private const string Amn = Seeds.AmericanMilitaryNews;

    public sealed record Judged(string Kind, string Query, IReadOnlyDictionary<string, int> Grades);

    private static Judged Q(string kind, string query, params (string Id, int Grade)[] grades) =>
        new(kind, query, grades.ToDictionary(g => g.Id, g => g.Grade));

    public static IReadOnlyList<Judged> All { get; } =
    [
        // Topics and synonyms
        Q("synonym", "Kursk casualties", (Amn, 3), (Bi, 3), (Mt, 3), (Wion, 2), (M10, 2)),
        Q("synonym", "spy agency", (Wion, 3), (Amn, 3), (Bi, 2), (M10, 2), (Mt, 2)),
        Q("synonym", "prisoner of war", (Wion, 3), (Amn, 3), (Bi, 1), (M10, 1), (Mt, 1)),
        Q("synonym", "Pyongyang troops deployed", (M10, 3), (Bi, 2), (Wion, 3), (Mt, 3), (Amn, 2)),
        Q("synonym", "died in custody", (M10, 3), (Mt, 2), (Bi, 2), (Wion, 2), (Amn, 2)),
        Q("topic", "drone attacks", (Bi, 2), (Mt, 2), (Amn, 2), (M10, 2)),
        Q("topic", "burned faces of dead soldiers", (Bi, 3), (M10, 3), (Amn, 3)),
        Q("topic", "Kursk offensive August", (Bi, 3), (Mt, 3), (Wion, 1), (M10, 1), (Amn, 1)),
        Q("topic", "defect to South Korea", (Amn, 3)),
        Q("topic", "mutual defence pact", (Wion, 3)),
        Q("topic", "friendly fire", (M10, 3)),
        Q("topic", "language barriers", (M10, 3)),
        Q("topic", "expendable assault units", (Mt, 3)),
        Q("topic", "soldier's notebook drone tactics", (Amn, 3), (Bi, 1), (Mt, 1), (M10, 1)),
        Q("topic", "photo of the soldier on Telegram", (Wion, 3), (M10, 2), (Amn, 2)),
        Q("topic", "special operations troops", (M10, 3), (Amn, 3)),
        Q("topic", "real-time information sharing", (Bi, 3), (Wion, 3), (Mt, 3)),
        // Names
        Q("name", "Zelensky", (Bi, 2), (M10, 2), (Wion, 1), (Mt, 1), (Amn, 1)),
        Q("name", "Zelenskyy", (Bi, 2), (M10, 2), (Wion, 1), (Mt, 1), (Amn, 1)),
        Q("name", "Storm Corps", (Bi, 3), (Wion, 2)),
        Q("name", "11th Corps", (Wion, 3), (Bi, 2)),
        Q("name", "Kim Jong Un", (Amn, 2), (Wion, 2)),
        Q("name", "Yonhap", (Bi, 2), (Wion, 2)),
        Q("name", "AFP", (Mt, 2)),
        Q("name", "Militarnyi", (Amn, 3)),
        Q("name", "Lee Seong-kweun", (Mt, 3)),
        // Numbers
        Q("number", "12,000 troops", (Mt, 3), (Amn, 3), (Bi, 1), (Wion, 1), (M10, 1)),
        Q("number", "11,000 soldiers", (Bi, 3), (Wion, 3), (M10, 3)),
        Q("number", "more than 3,000 killed", (Wion, 3), (M10, 3), (Bi, 2), (Amn, 2), (Mt, 1)),
        Q("number", "1,100 killed or wounded", (Amn, 3), (Mt, 1), (Bi, 1)),
        // Phrases
        Q("phrase", "\"captured alive\"", (Mt, 3), (Amn, 3), (Bi, 2)),
        Q("phrase", "\"heavy losses\"", (Wion, 3)),
        // Misspellings
        Q("misspelling", "Kursk casulaties", (Amn, 3), (Bi, 3), (Mt, 3), (Wion, 2), (M10, 2)),
        Q("misspelling", "Militarny", (Amn, 3)),
        Q("misspelling", "Pyongyan soldiers", (M10, 3), (Bi, 2), (Wion, 2), (Mt, 2), (Amn, 1)),
        Q("misspelling", "gaunt photgraph", (Wion, 3), (M10, 2)),
        // Questions in plain English
        Q("question", "how many North Korean soldiers were killed", (Bi, 3), (Mt, 3), (Amn, 3), (Wion, 2), (M10, 2)),
        Q("question", "who confirmed the soldier's death", (Amn, 3), (Mt, 3), (Wion, 3), (Bi, 3), (M10, 2)),
        Q("question", "what did Zelensky say about losses", (Bi, 3), (Wion, 2), (M10, 2), (Mt, 2), (Amn, 1)),
        Q("question", "where was the soldier captured?", (M10, 3), (Bi, 3), (Amn, 3), (Wion, 1), (Mt, 1)),
    ];
}
