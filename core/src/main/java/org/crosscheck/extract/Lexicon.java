package org.crosscheck.extract;

import java.util.Set;

/** Word lists the extractors share: speech cues, roles, pronouns, honorifics. General English, not corpus-specific. */
final class Lexicon {

    /** Lemmas of verbs that attribute speech or a claim to someone. */
    static final Set<String> SPEECH = Set.of("say", "tell", "state", "add", "claim", "acknowledge", "admit",
            "confirm", "deny", "insist", "accuse", "allege", "warn", "announce", "report", "estimate", "believe",
            "urge", "demand", "denounce", "condemn", "reject", "argue", "note", "explain", "write", "post", "reveal",
            "vow", "pledge", "promise", "threaten", "suggest", "assert", "maintain", "concede", "dismiss", "welcome",
            "criticise", "criticize", "blast", "slam", "tweet", "declare", "stress", "emphasise", "emphasize",
            "caution", "predict", "complain", "recall", "agree", "describe", "call", "ask", "request", "publish",
            "rule", "quote", "comment", "respond", "reply", "answer", "question", "doubt", "hope", "expect");

    /** Speech lemmas that need a particle or complement to be a cue ("call on", "rule out", "ask for"). */
    static final Set<String> NEEDS_PARTICLE = Set.of("call", "rule", "ask", "request", "agree", "describe",
            "question", "hope", "expect", "publish", "answer", "respond", "reply", "comment", "quote", "post");

    /** Role nouns that can head a speaker phrase without a name ("the spokeswoman said"). */
    static final Set<String> ROLES = Set.of("spokesperson", "spokesman", "spokeswoman", "minister", "ministry",
            "president", "governor", "official", "officials", "office", "government", "authorities", "police",
            "union", "group", "council", "agency", "army", "military", "analysts", "analyst", "experts", "expert",
            "witnesses", "witness", "residents", "resident", "commander", "chief", "chair", "chairman", "director",
            "head", "leader", "mayor", "ombudsman", "prosecutor", "prosecutors", "court", "statement", "report",
            "outlet", "newspaper", "committee", "organisation", "organization", "coordinator", "diplomat",
            "secretary", "representative", "envoy", "administration", "department", "service", "kremlin",
            "monitors", "activists", "sources", "source", "observers", "team", "mission", "board", "authority");

    /** Honorifics and titles dropped from the front of a person's name. */
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "president",
            "minister", "governor", "spokesman", "spokeswoman", "spokesperson", "general", "gen", "colonel", "col",
            "senator", "sen", "rep", "mayor", "chairman", "chair", "secretary", "ambassador", "commissioner",
            "prime", "foreign", "interior", "defence", "defense", "acting", "deputy", "chief", "judge", "lt",
            "captain", "capt", "major", "king", "queen", "prince", "pope", "coordinator", "director");

    private Lexicon() {
    }
}
