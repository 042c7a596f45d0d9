// Scenario `phishing`: the phishing desk's analysers beside SpamAssassin on the same messages — ham and
// spam of the SpamAssassin public corpus, phishing written by hand (a tuning set and a held-out set) and
// generated, and the unseen sets (phishing and ham written without the analysers in sight) —
// with the share of each flagged and the speed of each judge. Breakwater judges twice: checking
// authentication itself through a DNS server that holds no records, and believing the Authentication-Results
// of the sets' MTA, as a deployed desk told to trust its own MTA does. Results go to the run's JSON
// (every message's verdicts) and to the Phishing desk section of BENCHMARKS.md (full runs).
import { CORPUS_PACKAGE, corpusDir, corpusMessages, HAM_GROUPS, SPAM_GROUPS } from '../phishing/corpus.js';
import { generatePhishing, type SeededRandom } from '../phishing/generate.js';
import { breakwaterJudges, SETS_MTA, spamAssassinJudges, spamAssassinVersion } from '../phishing/judges.js';
import { TEMPLATE_COUNT, writtenPhishing } from '../phishing/written.js';
import type { RunSettings, Scenario, ScenarioOutcome } from '../scenario.js';
import { built } from './origin-saw.js';
import { type JudgedSample, phishingSection, writePhishingSection } from './phishing-report.js';
import { UNSEEN_SETS } from './phishing-sets.js';

const SEED = 16;

function shape(settings: RunSettings) {
  return settings.quick
    ? { hamPerGroup: 40, spamPerGroup: 20, generated: 40, perTemplate: 2, unseenHamPerTemplate: 4 }
    : { hamPerGroup: 250, spamPerGroup: 100, generated: 200, perTemplate: 8, unseenHamPerTemplate: 8 };
}

/** A message to judge, before the judges have seen it. */
type Sample = Omit<
  JudgedSample,
  'verdict' | 'verdictTrustingMta' | 'score' | 'codes' | 'ms' | 'spamAssassin'
> & { raw: string };

/** Every unseen set's phishing, then its ham, set after set in the order they were written. */
async function unseenSamples(
  s: ReturnType<typeof shape>,
  seededRandom: (seed: number) => SeededRandom,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const set of UNSEEN_SETS) {
    for (const u of await set.writePhishing(s.perTemplate, SEED, seededRandom))
      samples.push({ set: set.phishingSet, group: u.kind, template: u.template, raw: u.raw });
    for (const u of await set.writeHam(s.unseenHamPerTemplate, SEED, seededRandom))
      samples.push({ set: set.hamSet, group: u.kind, template: u.template, raw: u.raw });
  }
  return samples;
}

export const phishing: Scenario = {
  name: 'phishing',
  title: `the phishing desk's analysers beside SpamAssassin on corpus ham and spam, on hand-written and generated phishing, and on all ${UNSEEN_SETS.length} unseen sets of phishing and ham (seed ${SEED})`,
  needs: [],
  // SpamAssassin judges about 3 messages a second on a busy 2-core machine; Breakwater about 15, twice
  estimateSeconds: (settings) => {
    const s = shape(settings);
    const messages =
      3 * s.hamPerGroup +
      2 * s.spamPerGroup +
      s.generated +
      (TEMPLATE_COUNT + UNSEEN_SETS.reduce((sum, set) => sum + set.phishingTemplates, 0)) * s.perTemplate +
      UNSEEN_SETS.reduce((sum, set) => sum + set.hamTemplates, 0) * s.unseenHamPerTemplate;
    return messages / 3 + (2 * messages) / 15 + 30;
  },
  async run(ctx): Promise<ScenarioOutcome> {
    const s = shape(ctx.settings);
    const version = spamAssassinVersion();
    const dir = corpusDir(ctx.say);
    const { seededRandom } = await built<{ seededRandom(seed: number): SeededRandom }>('seeded-random.js');
    const samples: Sample[] = [
      ...HAM_GROUPS.flatMap((group) =>
        corpusMessages(dir, group, s.hamPerGroup).map((raw) => ({ set: 'ham' as const, group, raw })),
      ),
      ...SPAM_GROUPS.flatMap((group) =>
        corpusMessages(dir, group, s.spamPerGroup).map((raw) => ({ set: 'spam' as const, group, raw })),
      ),
      ...(await writtenPhishing(s.perTemplate, SEED, seededRandom)).map((w) => ({
        set: 'written' as const,
        group: w.kind,
        template: w.template,
        heldOut: w.heldOut,
        raw: w.raw,
      })),
      ...(await generatePhishing(s.generated, SEED, { seededRandom })).map((g) => ({
        set: 'generated' as const,
        group: g.tactics.join('+'),
        raw: g.raw,
      })),
      ...(await unseenSamples(s, seededRandom)),
    ];
    const raws = samples.map((m) => m.raw);
    ctx.say(`Breakwater judges ${raws.length} messages`);
    await ctx.quiet.settle();
    const bw = await breakwaterJudges(raws);
    ctx.say(`Breakwater judges them again, believing the sets' MTA (${SETS_MTA}) as a deployed desk does`);
    const trusting = await breakwaterJudges(raws, [SETS_MTA]);
    ctx.say(`SpamAssassin ${version} judges the same ${raws.length} messages`);
    await ctx.quiet.settle();
    const sa = spamAssassinJudges(raws);
    const judged: JudgedSample[] = samples.map(({ raw: _, ...sample }, i) => ({
      ...sample,
      ...bw.judged[i],
      verdictTrustingMta: trusting.judged[i].verdict,
      spamAssassin: sa.scores[i],
    }));
    const section = phishingSection(judged, {
      seed: SEED,
      ...s,
      spamAssassinVersion: version,
      breakwaterSeconds: bw.seconds,
      spamAssassinSeconds: sa.seconds,
    });
    if (!ctx.settings.quick) writePhishingSection(section);
    return {
      sections: [section],
      budgets: [],
      notes: [
        `The ham and spam are the SpamAssassin public corpus as npm's ${CORPUS_PACKAGE} carries it; the phishing is made for the benchmark, so its catch rates say how the analysers fare on the kinds it was written after, not on a real phishing feed.`,
      ],
      raw: judged,
    };
  },
};
