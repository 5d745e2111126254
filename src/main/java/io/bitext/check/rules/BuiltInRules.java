package io.bitext.check.rules;

import io.bitext.check.Rule;
import io.bitext.check.RuleSet;
import java.util.List;

/** Every rule Bitext ships, as one {@link RuleSet}: a new rule is one class and one line here. */
public final class BuiltInRules implements RuleSet {

    @Override
    public List<Rule> rules() {
        return List.of(
                new TitleNameRule(),
                new SoundAlikeChineseNameRule(),
                new TranscriptMismatchRule(),
                new InvisibleCharRule(),
                new KnownVariantRule(),
                new HouseStyleRule(),
                new NonexistentProductRule(),
                new NoteCorrectionRule(),
                new LeftoverRemarkRule(),
                new MisheardElsewhereRule(),
                new ModelIdRule(),
                new LetterDigitRule(),
                new SoundsLikeRule(),
                new NearMissRule(),
                new UrlNameRule(),
                new ExpansionRule(),
                new RenderingRule(),
                new CatalogSpellingRule(),
                new CaseVariantRule(),
                new InconsistentRenderingRule(),
                new HalfTranslatedRule(),
                new InconsistentGlossRule(),
                new InconsistentSpellingRule(),
                new InconsistentExpansionRule(),
                new TimeOrderRule(),
                new EmptySectionRule(),
                new LonelySpeakerRule(),
                new PunctuationRule(),
                new UnbalancedRule(),
                new SpacingRule());
    }
}
