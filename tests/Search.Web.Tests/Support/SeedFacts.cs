namespace Search.Web.Tests.Support;

/// <summary>What the product card says about the seed articles (the manifest's facts).</summary>
public static class SeedFacts
{
    public static IReadOnlyDictionary<string, string> OutletById { get; } = new Dictionary<string, string>
    {
        ["000_3f6364e4c56dc2c1"] = "Business Insider",
        ["001_87f13800c3cf062a"] = "WION",
        ["002_2f87e43fdd5c9d25"] = "M10 News",
        ["003_ddf6760ca5e8625a"] = "The Moscow Times",
        ["004_f46bea610a9b1fe8"] = "American Military News",
    };

    public const string AmericanMilitaryNews = "004_f46bea610a9b1fe8";
    public const string M10 = "002_2f87e43fdd5c9d25";
    public const string MoscowTimes = "003_ddf6760ca5e8625a";
}
