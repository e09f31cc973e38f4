using System.Collections.Frozen;

namespace Search.Core.Extraction;

/// <summary>The vocabulary of attribution in news English.</summary>
internal static class ReportingWords
{
    /// <summary>Finite reporting verbs. Gerunds ("saying", "adding") continue an earlier attribution and are not listed.</summary>
    public static readonly FrozenSet<string> Cues = FrozenSet.ToFrozenSet(
    [
        "said", "says", "say", "told", "tells", "claimed", "claims", "confirmed", "confirms", "estimated", "estimates",
        "reported", "reports", "warned", "warns", "revealed", "reveals", "announced", "announces", "noted", "notes", "added",
        "adds", "accused", "accuses", "wrote", "writes", "stated", "states", "insisted", "insists", "denied", "denies",
        "suggested", "alleged", "alleges", "believes", "continued", "explained", "stressed", "argued", "acknowledged", "admitted",
        "put", "puts", "asserted", "testified",
        // The plural present ("Prosecutors allege", "Experts believe"), where it is not also a common noun.
        "allege", "warn", "deny", "insist", "argue", "argues", "believe", "confirm", "accuse", "acknowledge", "acknowledges", "admit",
        "admits", "assert", "asserts", "testify", "testifies", "reveal", "announce", "contend", "contends", "contended",
    ], StringComparer.Ordinal);

    /// <summary>What one says as a deed rather than a statement: "said goodbye", "said a prayer".</summary>
    public static readonly FrozenSet<string> SaidAsAnAct = FrozenSet.ToFrozenSet(
        ["goodbye", "goodbyes", "farewell", "hello", "grace", "prayer", "prayers", "vows"], StringComparer.Ordinal);

    /// <summary>What one claims as a deed rather than a statement: "claimed victory", "claimed responsibility", "claimed the title".</summary>
    public static readonly FrozenSet<string> ClaimedAsAnAct = FrozenSet.ToFrozenSet(
        ["victory", "responsibility", "lives", "asylum", "ownership", "title", "titles", "crown", "seat", "seats",
         "gold", "silver", "bronze", "medal", "prize", "championship", "throne", "compensation", "refund"],
        StringComparer.Ordinal);

    /// <summary>Cues by which the speaker rejects what follows: its figures are not the speaker's ("denied reports that 300…").</summary>
    public static readonly FrozenSet<string> Denials = FrozenSet.ToFrozenSet(["denied", "denies", "deny"], StringComparer.Ordinal);

    /// <summary>
    /// The plural present of verbs that are common nouns too: "Officials estimate that…", "Critics claim that…", but
    /// "the government's claim that…". They report only with a "that" after them and a plural subject before.
    /// </summary>
    public static readonly FrozenSet<string> AlsoNouns = FrozenSet.ToFrozenSet(["estimate", "claim", "report"], StringComparer.Ordinal);

    /// <summary>
    /// Verbs that report a finding only with a "that" after them: "A study found that…", "The court ruled that…"; not
    /// "found the body", "showed the way".
    /// </summary>
    public static readonly FrozenSet<string> CuesBeforeThat = FrozenSet.ToFrozenSet(
    [
        "found", "finds", "showed", "shows", "concluded", "concludes", "ruled", "rules", "determined", "indicated",
        "indicates", "predicted", "predicts", "projected", "projects", "tweeted", "posted", "suggests", "conceded", "concedes",
        "suggest", "indicate", // after a plural subject: "UN estimates suggest that…" (not "show": "a TV show that…")
        "maintained", "maintains", "pledged", "pledges", "signalled", "signaled", "signals", "hinted", "hints", "cautioned",
        "cautions", "reiterated", "reiterates", "repeated", "repeats", "emphasised", "emphasized", "complained", "complains", "boasted", "observed", .. AlsoNouns,
    ], StringComparer.Ordinal);

    /// <summary>Cues that introduce or follow a speech quote.</summary>
    public static readonly FrozenSet<string> QuoteCues = Cues.Union(["asked", "replied", "recalled", "concluded", "urged"])
        .Except(["puts"]) // "\"…\" She puts her kids second": a deed; only "put" reports a figure, or a quote "as she put it"
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that, just before a cue, deny or negate it ("has not confirmed", "Neither … has confirmed").</summary>
    public static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(["not", "never", "neither", "nor", "no", "n't", "cannot"], StringComparer.Ordinal);

    /// <summary>Words of an adjunct between a reporting verb and its "that": "said in a statement on Monday that".</summary>
    public static readonly FrozenSet<string> BeforeThat = FrozenSet.ToFrozenSet(
    [
        "in", "on", "at", "to", "during", "via", "without", "a", "an", "the", "his", "her", "their", "its", "also", "again", "later", "earlier",
        "yesterday", "today", "tonight", "last", "this", "week", "month", "year", "night", "morning", "afternoon", "evening",
        "statement", "interview", "briefing", "press", "conference", "news", "post", "posted", "social", "media", "video",
        "address", "reporters", "journalists", "lawmakers", "parliament", "him", "them", "us", "me", "publicly", "separately",
        "with", "speech", "letter", "remarks", "written", "emailed", "televised", "released", "late", "early", "message",
        "state", "agency", "broadcaster", "television", "tv", "radio", "newspaper", "channel", "wire", "service", "outlet",
        "ruling", "judgment", "decision", "opinion", "filing", "order", "memo", "email", "blog", "column", "book", "testimony",
        "complaint", "lawsuit", "documents", "tweet", "report", "court", "hearing", "submission", "supporters", "rally", "crowd",
        "audience", "voters", "senators", "members", "investors", "analysts", "employees", "delegates", "colleagues", "congress",
        "release", "communique", "communiqué", "announcement", "affidavit", "deposition", "op-ed", "essay", "memoir", "broadcast",
    ], StringComparer.Ordinal);

    /// <summary>
    /// More words of an adjunct before a "that", but only once a preposition has opened it (or after "told"): "said in an
    /// audio message carried by KCNA that", "claimed, without evidence, that", "said in a note to clients that", "told a
    /// meeting of military officials that". Right after "said" they begin what was said: "said the evidence that police
    /// found was planted".
    /// </summary>
    public static readonly FrozenSet<string> InAdjunctBeforeThat = FrozenSet.ToFrozenSet(
    [
        "audio", "recorded", "carried", "published", "issued", "by", "meeting", "session", "summit", "of", "military", "officials",
        "evidence", "note", "clients", "research", "regulatory", "shareholders", "annual", "staff", "customers", "call", "quarterly",
        "website", "programme", "program", "joint", "monetary", "policy", "readout", "transcript", "podcast", "editorial", "notice",
        "update", "presentation", "results", "earnings", "latest", "weekly", "monthly", "online", "account", "platform",
        "documentary", "episode", "appearance", "dated", "seen", "obtained", "shared",
        // Whom a court or an inquiry hears: "told jurors that", "told the inquest that", "told a packed courtroom that".
        "jurors", "jury", "inquest", "inquiry", "committee", "panel", "tribunal", "peers", "councillors", "courtroom", "packed",
        "magistrates", "judge", "workers", "gathering", "students", "fans", "group",
        // How it was told: "told Global Wire by telephone", "said by video link".
        "telephone", "phone", "email", "video", "link", "text", "message",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Participles that open a clause setting the scene of a report, never its content: "Speaking in Brussels, Kallas
    /// said…", "Asked whether he would resign, Johnson said no", "Pressed on the timing, Smith said…".
    /// </summary>
    public static readonly FrozenSet<string> SceneOpeners = FrozenSet.ToFrozenSet(
    [
        "speaking", "asked", "pressed", "questioned", "quizzed", "responding", "replying", "answering", "commenting", "writing",
        "testifying", "interviewed", "challenged", "appearing",
    ], StringComparer.Ordinal);

    /// <summary>A cue after these is passive or an adjective ("was said", "the first reported case").</summary>
    public static readonly FrozenSet<string> NotBeforeCue = FrozenSet.ToFrozenSet(["was", "were", "is", "are", "be", "been", "being", "first", "widely", "unconfirmed"], StringComparer.Ordinal);

    /// <summary>Adverbs and auxiliaries that may stand between a speaker and the cue ("the NIS had earlier confirmed").</summary>
    public static readonly FrozenSet<string> BetweenSpeakerAndCue = FrozenSet.ToFrozenSet(
        ["also", "previously", "earlier", "had", "has", "have", "further", "still", "just", "even", "now", "later", "reportedly", "then", "again", "repeatedly", "publicly", "separately", "already", "once", "recently", "initially",
         // The press release's "Acme Corp. today announced", "the two parties jointly announced".
         "today", "yesterday", "formally", "officially", "jointly"],
        StringComparer.Ordinal);

    /// <summary>Words after which a cue's word is a noun: "the claims", "other states", "several reports".</summary>
    public static readonly FrozenSet<string> BeforeNouns = FrozenSet.ToFrozenSet(
        ["the", "other", "many", "several", "all", "both", "these", "those", "member", "neighbouring", "neighboring", "such"], StringComparer.Ordinal);

    /// <summary>Reporting verbs whose object follows them, so that "…, accused Scholz of…" is never "…, said Scholz".</summary>
    public static readonly FrozenSet<string> TakeAnObject = FrozenSet.ToFrozenSet(
        ["accused", "accuses", "accuse", "denied", "denies", "deny", "told", "tells", "put"], StringComparer.Ordinal);

    /// <summary>
    /// Words after "continued" or "added" that open what the verb ordinarily takes, not what was said: "continued to
    /// rise", "continued in the east", "added a clause", "added more troops".
    /// </summary>
    public static readonly FrozenSet<string> OrdinarySenseOpeners = FrozenSet.ToFrozenSet(
    [
        "to", "in", "on", "for", "at", "during", "through", "throughout", "until", "into", "with", "from", "over", "after",
        "since", "as", "up", "unabated", "apace", "a", "an", "another", "more", "its", "their", "some", "new", "fuel",
    ], StringComparer.Ordinal);

    /// <summary>Whom something is told, written between "told" and what was said: "told reporters he would stay".</summary>
    public static readonly FrozenSet<string> Audiences = FrozenSet.ToFrozenSet(
    [
        "reporters", "journalists", "lawmakers", "parliament", "supporters", "him", "her", "them", "us", "me", "investors",
        "delegates", "senators", "voters", "students", "fans", "listeners", "viewers", "readers", "colleagues", "congress",
        "jurors", "peers", "mps", "councillors", "shareholders", "employees", "staff", "workers",
    ], StringComparer.Ordinal);

    /// <summary>Words that open a reported clause after its audience: "told reporters he…", "told CNN the deal…".</summary>
    public static readonly FrozenSet<string> ClauseSubjects = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "his", "her", "their", "its", "our", "this"], StringComparer.Ordinal);

    /// <summary>
    /// Words after an audience that do not open what was told: "told reporters about the plan", "told reporters last
    /// week", "told them to leave", "told reporters and diplomats".
    /// </summary>
    public static readonly FrozenSet<string> NotClauseOpeners = FrozenSet.ToFrozenSet(
    [
        "about", "at", "in", "on", "of", "for", "from", "by", "with", "during", "after", "before", "outside", "inside",
        "ahead", "following", "over", "through", "via", "to", "and", "or", "but", "nor", "as", "while", "when", "if",
        "whether", "what", "how", "why", "where", "who", "which", "that", "not", "because", "since", "until", "unless", "than", "last", "next", "yesterday", "today",
        "tonight", "earlier", "later", "again", "also", "too", "so", "then", "here", "now", "recently", "once", "privately",
        "personally", "directly", "repeatedly", "all", "both", "each", "several", "some", "many", "few", "most", "these",
        "those", "one", "themselves", "himself", "herself", "myself", "ourselves", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    ], StringComparer.Ordinal);

    /// <summary>Common nouns that can head a speaker phrase ("officials", "a source", "state media").</summary>
    public static readonly FrozenSet<string> SpeakerNouns = FrozenSet.ToFrozenSet(
    [
        "officials", "official", "authorities", "authority", "source", "sources", "spokesperson", "spokesman", "spokeswoman", "lawmaker",
        "lawmakers", "agency", "agencies", "service", "services", "ministry", "government", "military", "army", "media", "outlet",
        "analysts", "analyst", "experts", "expert", "president", "minister", "leader", "forces", "police", "intelligence",
        "office", "command", "staff", "investigators", "prosecutors", "diplomats", "diplomat", "observers", "monitors", "report", "reports",
        "mayor", "governor", "commander", "general", "head", "envoy", "ambassador", "secretary", "chairman", "senator", "spokesman",
        "representative", "adviser", "advisor", "aide", "aides", "negotiator", "researchers", "witnesses", "residents", "medics", "doctors",
        "commission", "committee", "council", "court", "company", "department", "board", "embassy", "administration", "regulator",
        "organisation", "organization", "organisations", "organizations", "group", "groups", "union", "defence", "defense", "owners", "coalition", "alliance", "bloc", "consortium", "activists", "campaigners", "organisers", "organizers", "rescuers", "lawyers",
        "guard", "guards", "officers", "officer", "spokespeople", "judge", "prosecutor", "lawyer", "attorney", "attorneys", "sheriff",
        "coroner", "examiner", "administrator", "administrators", "delegate", "delegates", "firefighters", "paramedics", "scientists", "economists", "party", "campaign", "hospital", "university", "firm",
        "bank", "regime", "opposition", "rebels", "militants", "statement", "survey", "study", "poll", "critics", "family", "assembly",
        "press", "newspaper", "newspapers", "broadcaster", "leaders", "wife", "husband", "mother", "father", "son", "daughter",
        "brother", "sister", "relatives", "neighbours", "neighbors", "friend", "friends", "force", "club", "team", "league",
        "federation", "association", "foundation", "institute", "charity", "school", "network", "airline", "carmaker",
        "automaker", "retailer", "insurer", "lender", "manufacturer", "watchdog", "director", "manager", "coach", "owner",
        "founder", "executive", "executives", "chairwoman", "chairperson", "bureau", "trust", "professor", "scientist", "nurse", "neighbour", "neighbor", "utility",
        "defendant", "plaintiff", "resident", "witness", "operator", "developer", "publisher", "studio", "supplier", "startup",
        "economist", "strategist", "researcher", "journalist", "reporter", "correspondent", "soldier", "doctor", "politician",
        "companies", "firms", "chipmaker", "drugmaker", "automakers", "carmakers", "lenders", "insurers", "respondents",
        // Bodies in the plural: "the clubs said", "both governments said".
        "clubs", "teams", "unions", "parties", "governments", "ministries", "hospitals", "airlines", "universities", "charities",
        // Sports desks: "captain Virgil van Dijk said", "the player denied…".
        "captain", "player", "players", "striker", "midfielder", "defender", "goalkeeper", "pitcher", "quarterback",
        // People in the news who speak for themselves: "said juror Maria Gonzalez".
        "councillor", "councilman", "councilwoman", "pollster", "candidate", "commissioner", "chancellor", "detective",
        "inspector", "superintendent", "pathologist", "virologist", "epidemiologist", "physician", "surgeon", "psychologist",
        "juror", "jurors", "victim", "victims", "survivor", "survivors", "voter", "voters", "teacher", "teachers", "farmer",
        "farmers", "student", "students", "worker", "workers", "passenger", "passengers", "patient", "patients", "parent", "parents",
        // Not "driver" or "miner", which end people's names ("Minnie Driver", "Dylan Miner") as "banks" does "Iain Banks".
        "shopkeeper", "shopkeepers", "trader", "traders", "vendor", "fisherman", "fishermen",
        "villager", "villagers", "pilgrim", "pilgrims", "protester", "protesters", "volunteer", "volunteers", "rescuer", "eyewitness",
        "eyewitnesses", "engineer", "employee", "employees", "priest", "imam", "pastor", "nurses",
        // Emergency services' posts: "the provincial fire headquarters said", "police HQ said", "the fire brigade said".
        "headquarters", "hq", "brigade", "coastguard", "navy",
        // Offices that answer complaints against the state: "the ombudsman said".
        "ombudsman", "ombudsperson",
        // Offices of other countries' services: "NDRF commandant Deepak Tiwari", "district collector Ashok Kulkarni".
        "commandant", "collector",
        // Local and regional administration: "the Lualaba provincial mines division", "Huaraz district prefect Ana Ruiz",
        // "the regional health directorate", "the labour inspectorate", "the district magistrate".
        "division", "prefect", "prefecture", "directorate", "inspectorate", "secretariat", "magistrate",
        // Local government: "the municipal corporation said", "the municipality said", "the local civic body said".
        "corporation", "municipality", "body",
        // Unnamed sources of business and political reporting: "people familiar with the matter said", "a person with
        // knowledge of the plans said" ("$600 per person" is a rate: see NamesASourceAfterPer).
        "people", "person",
        // Documents that speak for their makers: "according to the indictment", "the lawsuit alleges that…".
        "indictment", "lawsuit", "complaint", "filing", "filings", "ruling", "verdict", "memo", "letter",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case words allowed inside a speaker phrase besides speaker nouns and names.</summary>
    public static readonly FrozenSet<string> SpeakerWords = SpeakerNouns.Union(
    [
        "the", "a", "an", "its", "his", "her", "their", "state", "news", "military-focused", "spy", "senior", "top", "chief",
        "national", "local", "foreign", "defence", "defense", "in", "of", "and", "unnamed", "anonymous", "two", "several",
        // What a ministry or an agency is of: "the Syrian health ministry", "the civil defence", "the disaster agency".
        "health", "interior", "finance", "justice", "education", "economy", "environment", "energy", "transport", "emergency",
        "emergencies", "disaster", "civil", "rescue", "border", "coast", "fire", "statistics", "statistical", "weather", "medical",
        // Records after a word that heads the phrase ("according to court documents", "official results"); alone they
        // head none, as "preliminary estimates suggested…" inside what someone said is no second speaker.
        "documents", "results", "records", "data", "figures", "estimates",
    ]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Pronouns and descriptions that refer back to an earlier speaker, with the entity type they need. "The ministry"
    /// needs a ministry by name (ClaimantResolver.NamedBodyBefore): no other organisation, a news agency as often as not,
    /// is one.
    /// </summary>
    public static readonly FrozenDictionary<string, string[]> Anaphora = new Dictionary<string, string[]>
    {
        ["he"] = ["person"], ["she"] = ["person"], ["him"] = ["person"], ["her"] = ["person"], ["it"] = ["organisation", "company", "group"],
        ["the agency"] = ["organisation"], ["the service"] = ["organisation"], ["the spy agency"] = ["organisation"], ["the ministry"] = [],
        ["the outlet"] = ["organisation"],
        ["the president"] = ["person"], ["the leader"] = ["person"], ["the lawmaker"] = ["person"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Descriptions that refer back to a business named before: a name that a corporate word ends ("Acme Corp. reported
    /// a loss. The company said…") or that spoke before. Not "the group", an armed or advocacy group as often.
    /// </summary>
    public static readonly FrozenSet<string> BusinessReferences = FrozenSet.ToFrozenSet(
    [
        "the company", "the firm", "the bank", "the carmaker", "the automaker", "the airline", "the retailer", "the lender",
        "the insurer", "the manufacturer", "the conglomerate", "the chipmaker", "the drugmaker",
    ], StringComparer.Ordinal);

    /// <summary>Words that end a business's name: "Acme Corp", "Globex Inc", "Initech Holdings".</summary>
    public static readonly FrozenSet<string> CorporateEndings = FrozenSet.ToFrozenSet(
    [
        "corp", "corporation", "inc", "ltd", "limited", "plc", "llc", "co", "company", "group", "holdings", "ag", "sa", "nv",
        "gmbh", "bank", "airlines", "airways", "motors", "industries", "technologies", "pharmaceuticals", "partners", "capital",
        "systems", "labs", "networks", "semiconductor", "therapeutics", "foods", "brands", "enterprises",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Markers of a statement reported without a source.</summary>
    public static readonly string[] Hedges =
    [
        "reportedly", "allegedly", "purportedly", "is believed to", "are believed to", "was believed to", "were believed to",
        "is thought to", "are thought to", "thought to", "is said to", "are said to", "reports suggest", "reports suggesting",
        "reports say", "according to reports", "is understood to", "are understood to", "appeared to",
    ];

    /// <summary>What a source issues: "a report by", "figures from", "a statement of".</summary>
    public static readonly FrozenSet<string> Documents = FrozenSet.ToFrozenSet(
    [
        "report", "reports", "statement", "statements", "study", "survey", "analysis", "estimate", "estimates", "figures", "data",
        "count", "tally", "poll", "assessment", "document", "documents", "records", "census", "investigation", "review",
    ], StringComparer.Ordinal);

    /// <summary>Reporting verbs in "-ing" after "with" and a speaker ("with officials warning that…") or after the subject's own clause.</summary>
    public static readonly FrozenSet<string> GerundCues = FrozenSet.ToFrozenSet(
        ["saying", "warning", "adding", "noting", "claiming", "arguing", "insisting", "stressing", "estimating", "confirming"], StringComparer.Ordinal);

    /// <summary>
    /// Verbs in "-ing" that report only with a "that" after them ("writing on X that…", "telling reporters that…"):
    /// without it they write books and post letters. Not "suggesting": "with reports suggesting that…" hedges a claim.
    /// </summary>
    public static readonly FrozenSet<string> GerundCuesBeforeThat = FrozenSet.ToFrozenSet(
    [
        "writing", "posting", "tweeting", "telling", "stating", "declaring", "asserting", "alleging", "predicting",
        "acknowledging", "admitting", "explaining", "announcing", "revealing",
        // "…, reporting signs that North Korea is preparing more forces": what the report shows, then what it is.
        "reporting",
    ], StringComparer.Ordinal);

    /// <summary>Words that open an adjunct after the speaker of an inverted attribution ("…, said the NIS on Friday").</summary>
    public static readonly FrozenSet<string> AdjunctOpeners = FrozenSet.ToFrozenSet(
    [
        "on", "in", "at", "during", "to", "with", "via", "from", "after", "before", "last", "this", "yesterday", "today", "tonight",
        "earlier", "later", "late", "early", "when", "while", "as", "according", "about", "of", "for", "who",
    ], StringComparer.Ordinal);

    /// <summary>Reporting verbs whose object is what was said even without a "that" ("which said 200 soldiers died").</summary>
    public static readonly FrozenSet<string> ClauseVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "claimed", "claims", "confirmed", "confirms", "estimated", "estimates", "warned", "warns", "insisted", "insists",
        "alleged", "alleges", "stated", "states", "argued", "believes", "acknowledged", "admitted", "denied", "denies",
    ], StringComparer.Ordinal);
}
