/// Closed word classes the shallow parser leans on.
enum Words {
    static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "all", "some", "any", "both", "each", "every", "no", "such", "another", "other"]
    static let be: WordSet = ["is", "are", "was", "were", "be", "been", "being"]
    static let have: WordSet = ["has", "have", "had", "having"]
    static let modals: WordSet = ["will", "would", "shall", "should", "can", "could", "may", "might", "must"]
    static let negations: WordSet = ["not", "never", "n't", "cannot"]
    static let adverbs: WordSet = [
        "also", "then", "later", "subsequently", "eventually", "finally", "formally", "officially", "temporarily", "effectively",
        "partially", "partly", "fully", "immediately", "soon", "already", "jointly", "unilaterally", "again", "initially", "first",
        "further", "ultimately", "reportedly", "quickly", "gradually", "only", "still", "once", "thus", "therefore", "however",
        "consequently", "largely", "formerly", "previously", "de", "facto", "de-facto", "swiftly", "promptly", "repeatedly", "indefinitely",
        "definitively", "permanently", "briefly", "fundamentally", "illegally", "forcibly", "openly", "publicly", "strongly", "firmly",
        "thereby", "instead", "meantime", "meanwhile", "likewise", "nonetheless", "nevertheless", "together", "there", "here",
    ]
    /// Words that open a new clause: the subject of a verb is never found across them.
    static let clauseOpeners: WordSet = ["when", "which", "who", "whom", "whose", "because", "but", "while", "whereas", "although", "though", "where", "if", "unless", "whether", "so", "since", "until", "after", "before", "as", "once", "following", "including", "than"]
    /// Prepositions that may sit inside a noun phrase (`mission to NATO`, `cooperation with Russia`).
    static let innerPreps: WordSet = ["of", "for", "to", "with", "within", "between", "among", "under", "against", "on", "in", "at", "into", "from"]
    /// Prepositions that may sit inside a noun phrase only before a name (`Office in Moscow`).
    static let placePreps: WordSet = ["in", "at", "into", "from"]
    /// Nouns after which "in" starts their complement, not a place ("participation in the talks").
    static let inTakers: WordSet = ["participation", "membership", "involvement", "presence", "role", "seat", "cooperation", "interest", "stake"]
    static let objectControl: WordSet = ["required", "requires", "require", "asked", "asks", "ask", "urged", "urges", "urge", "forced", "forces", "force", "invited", "invites", "invite", "allowed", "allows", "allow", "permitted", "obliged", "compelled", "persuaded", "encouraged", "ordered", "orders", "order", "told", "instructed", "tasked", "mandated", "led", "leads", "prompted", "prompts", "caused", "causes"]
    /// Words before a trigger in its clause that make it hypothetical, planned or wished for, not a fact.
    static let hypothetical: WordSet = [
        "if", "unless", "whether", "would", "could", "should", "might", "may", "will", "shall", "depends", "depend", "depending",
        "intention", "intends", "intend", "intended", "plans", "plan", "planned", "aspiration", "aspirations", "aspires", "seek", "seeks", "sought", "ready",
        "willing", "committed", "commitment", "aim", "aims", "aimed", "hope", "hopes", "hoped", "wish", "wishes", "wished", "threatened", "threatens", "threaten",
        "proposal", "proposed", "proposes", "possibility", "possible", "prospect", "prospects", "condition", "conditions", "bid", "desire", "want", "wants",
        "wanted", "calls", "called", "urged", "urges", "urge", "demanded", "demands", "demand", "refused", "refuses", "declined", "declines", "failed", "fails",
        "help", "helped", "helps", "order", "agreed", "agree", "agrees", "applied", "apply", "applies", "application", "considered", "considering", "consider",
        "prepared", "preparing", "expected", "expects", "likely", "able", "unable", "attempt",
        "attempted", "attempts", "tried", "try", "tries", "options", "option", "readiness", "voted",
    ]
    /// Heads of the things that open, close, stop and resume between states: bodies, channels, relationships and flows.
    static let institutionHeads: WordSet = [
        "relations", "ties", "relationship", "contacts", "contact", "talks", "negotiations", "dialogue", "dialogues", "cooperation", "co-operation",
        "embassy", "embassies", "consulate", "consulates", "office", "offices", "mission", "missions", "delegation", "delegations", "council",
        "commission", "committee", "forum", "programme", "programmes", "program", "programs", "partnership", "agreement", "agreements",
        "treaty", "accord", "accords", "pact", "channel", "channels", "line", "hotline", "border", "borders", "crossings", "crossing", "flights",
        "services", "service", "visas", "visa", "trade", "exports", "imports", "deliveries", "supplies", "aid", "assistance", "membership",
        "participation", "rights", "accession", "procedure", "process", "exchanges", "links", "meetings", "meeting", "summits", "summit",
        "operations", "operation", "force", "forces", "zone", "mechanism", "group", "centre", "center", "institutions", "bodies", "body",
        "tribunal", "court", "fund", "bank", "union", "framework", "initiative", "plan", "strategy", "protocol", "commitments", "inspections",
        "production", "payments", "payment", "contribution", "activities", "work", "boycott", "blockade", "route", "routes", "corridor", "base",
        "bases", "facility", "facilities", "enrichment", "pipeline", "pipelines", "sessions", "session", "post", "posts", "checkpoint",
        "checkpoints", "airspace", "ports", "port", "station", "bureau", "agency", "secretariat", "representation", "credentials", "federation",
        "talk", "consultations", "communication", "communications", "negotiation", "deal", "arrangement", "truce", "ceasefire", "moratorium",
        "quota", "quotas", "project", "projects", "investment", "loans", "loan", "inspection", "monitoring", "observers", "peacekeepers",
        "school", "schools", "university", "embargo", "sanctions", "tariffs", "tariff", "duties", "restrictions", "ban", "status", "autonomy",
        "points", "complex", "foundation", "diplomacy", "transit", "sections", "reactor", "reactors", "plant", "site", "sites", "freeze", "partnerships",
        "mechanisms", "discussions", "visits", "exercises", "patrols", "relief", "concessions", "access", "case", "cases", "dispute",
        "disputes", "processing", "proceedings", "bus", "buses", "train", "trains", "railway", "rail", "link", "mandate", "mandates",
        "association", "organisation", "organization", "alliance", "community", "bloc", "institute", "authority", "observatory",
    ]
    /// Nouns whose to-infinitive is what is planned or agreed, not yet done ("the agreement to create a channel").
    static let planNouns: WordSet = ["agreement", "deal", "accord", "understanding", "plan", "plans", "proposal", "roadmap", "road-map", "pledge", "promise"]
    /// Personal pronouns that stand as a whole subject.
    static let personalPronouns: WordSet = ["we", "they", "he", "she", "i", "you"]
    /// Nouns that frame an act named after "of" ("declaration of war"): their possessor is the act's actor.
    static let actFrames: WordSet = ["declaration", "outbreak", "start", "beginning", "launch", "announcement", "resumption", "end"]
    /// Verbs of intent that make what follows hypothetical only with a to-infinitive ("agreed to meet", not "agreed by both").
    static let intentNeedingTo: WordSet = ["agreed", "agree", "agrees", "applied", "apply", "applies", "called", "calls", "help", "helped", "helps", "order", "decided", "tried", "try", "tries", "attempted"]
    /// Nouns whose to-infinitive is a fact reported (`Russia's decision to recognise`).
    static let factNouns: WordSet = ["decision", "move", "vote", "choice"]
    /// Adjectives that coordinate before one noun (`civilian and military cooperation`): "and" after them does not split.
    static let adjectives: WordSet = [
        "civilian", "military", "political", "economic", "practical", "formal", "informal", "illegal", "illegitimate", "aggressive",
        "bilateral", "multilateral", "diplomatic", "financial", "technical", "cultural", "scientific", "public", "private", "joint",
        "regular", "full", "partial", "associate", "legal", "security", "trade", "humanitarian", "social", "parliamentary", "defence",
        "defense", "strategic", "provisional", "temporary", "permanent", "unprovoked", "unjustified", "brutal", "large-scale", "full-scale",
        "special", "new", "old", "high-level", "civil", "judicial", "monetary", "commercial", "energy", "environmental",
    ]
    /// Verbs frequent in the genre that end a noun phrase though they are not triggers.
    static let commonVerbs: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does",
        "do", "served", "serves", "became", "become", "becomes", "remains", "remained", "led", "leads", "provided", "provides", "continued",
        "continues", "continue", "brings", "brought", "helped", "helps", "took", "takes", "gave", "gives", "made", "makes", "said", "says",
        "stated", "announced", "announces", "started", "began", "begins", "ended", "ends", "worked", "works", "contributed",
        "contributes", "depends", "calls", "called", "rejected", "violated", "sought", "seeks", "offered", "declared", "noted",
        "stressed", "welcomed", "welcomes", "expressed", "reaffirmed", "decided", "decides", "agreed", "agrees", "held", "holds", "saw", "sees",
    ]
    /// Words where a noun phrase stops, besides clause openers, verbs and adverbs.
    static let phraseStops: WordSet = [
        "by", "through", "during", "despite", "amid", "due", "over", "via", "as", "because", "and", "or", "nor", "both", "either", "led",
        "without", "toward", "towards", "across", "around", "about", "per", "like", "than", "not",
    ]
    /// Words that open a time adjunct: an event named after them is background ("after the war in Georgia").
    static let timeAdjuncts: WordSet = ["after", "following", "since", "before", "during", "amid", "despite", "until"]
    /// Words of a publication stamp ("Last updated 3 May 2024").
    static let stamps: WordSet = ["updated", "published", "posted", "modified", "updated:", "date"]
    /// Nouns after "our" that stand for the document's author ("our Government", "our Kingdom", "our Agency").
    static let speakerHeads: WordSet = [
        "government", "country", "kingdom", "republic", "state", "nation", "agency", "organisation", "organization", "ministry",
        "side", "delegation", "union", "alliance", "secretariat", "office", "administration", "authorities",
    ]
    /// Plural heads that, with "two" or "both", stand for the document's pair ("the two sides", "both governments").
    static let pairHeads: WordSet = [
        "sides", "countries", "governments", "leaders", "states", "presidents", "parties", "nations", "neighbours", "neighbors",
        "ministers", "delegations", "capitals",
    ]
    /// Nouns of armed forces, the things that are deployed or sent.
    static let forceNouns: WordSet = [
        "troops", "forces", "soldiers", "battalions", "battalion", "peacekeepers", "units", "ships", "warships", "aircraft", "jets",
        "contingent", "contingents", "brigade", "brigades", "division", "divisions", "marines", "mission", "force", "navy", "fleet", "personnel",
    ]
    /// Units of a distance in time ("three days before").
    static let timeUnits: WordSet = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "hour"]
    /// Nouns after a preposition that make an adverbial, not part of a name ("with effect from", "on the basis of").
    static let adverbialHeads: WordSet = ["effect", "basis", "behalf", "grounds", "occasion", "sidelines", "initiative", "invitation", "request", "margins", "eve"]
    /// Forms of "do" that make a verb group ("did not join").
    static let doForms: WordSet = ["do", "does", "did"]
    /// The nouns of `lightHeads`.
    static let frameNouns: WordSet = ["work", "activities", "functioning", "operation"]
    /// Nouns that merely frame an institution (`the work of the mission`): printed names drop them.
    static let lightHeads: [[String]] = [["the", "work", "of"], ["work", "of"], ["the", "activities", "of"], ["the", "functioning", "of"], ["the", "operation", "of"]]
}
