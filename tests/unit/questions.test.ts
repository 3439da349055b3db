import { describe, expect, it } from 'vitest';
import { PRACTICE_QUESTIONS } from '@/lib/data/questions';
import type { Question } from '@/lib/data/questions/types';
import { questionProblems, questionSetProblems } from '../support/question-rules';

const sound: Question = {
  id: 'q-sample',
  page: '/docs/compute-options/',
  service: 'ECS',
  exam: 'SAA',
  scenario: 'A team wants containers without managing servers. What should it use?',
  choose: 1,
  options: [
    { text: 'Fargate', correct: true, explanation: 'Serverless compute for containers.' },
    { text: 'EC2 launch type', correct: false, explanation: 'You manage the instances.' },
    { text: 'Lambda', correct: false, explanation: 'Functions, not long-running containers.' },
    { text: 'EKS self-managed nodes', correct: false, explanation: 'You manage the nodes.' },
  ],
  learnMore: '/docs/compute-options/#fargate',
  source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/what-is-fargate.html',
};

describe('question data rules', () => {
  it('accept a sound question', () => {
    expect(questionProblems(sound)).toEqual([]);
  });

  it('refuse a question with no correct option', () => {
    const broken = { ...sound, options: sound.options.map((option) => ({ ...option, correct: false })) };
    expect(questionProblems(broken)).toContain('no correct option');
  });

  it('refuse two correct options in a single-answer question', () => {
    const broken = { ...sound, options: sound.options.map((option, index) => ({ ...option, correct: index < 2 })) };
    expect(questionProblems(broken)).toContain('2 correct options in a single-answer question');
  });

  it('refuse an option without an explanation', () => {
    const broken = { ...sound, options: sound.options.map((option, index) => (index === 2 ? { ...option, explanation: ' ' } : option)) };
    expect(questionProblems(broken)).toContain('option 3 has no explanation');
  });

  it('refuse a "choose two" question without exactly two correct options', () => {
    const broken: Question = {
      ...sound,
      choose: 2,
      scenario: `${sound.scenario} (Choose two.)`,
      options: [...sound.options, { text: 'x', correct: false, explanation: 'y' }],
    };
    expect(questionProblems(broken)).toContain('a "choose two" question needs exactly 2 correct options, has 1');
  });

  it('refuse a "choose two" scenario that does not end with "(Choose two.)", and accept one that does', () => {
    const options = sound.options.map((option, index) => ({ ...option, correct: index < 2 }));
    const chooseTwo: Question = { ...sound, choose: 2, options: [...options, { text: 'x', correct: false, explanation: 'y' }] };
    expect(questionProblems(chooseTwo)).toEqual(['a "choose two" scenario must end with "(Choose two.)"']);
    expect(questionProblems({ ...chooseTwo, scenario: `${sound.scenario} (Choose two.)` })).toEqual([]);
    expect(questionProblems({ ...chooseTwo, scenario: `${sound.scenario} (Choose two.) Then explain.` })).toEqual([
      'a "choose two" scenario must end with "(Choose two.)"',
    ]);
  });

  it('refuse a question with the wrong number of options for its kind', () => {
    expect(questionProblems({ ...sound, options: sound.options.slice(0, 3) })).toEqual(['needs 4 options, has 3']);
  });

  it('refuse a link that is not a section of the guide, and a source that is not https', () => {
    expect(questionProblems({ ...sound, learnMore: '/docs/compute-options/', source: 'http://example.com/' })).toEqual([
      'learnMore "/docs/compute-options/" must be /docs/…/#anchor',
      'source must be an https URL',
    ]);
  });

  it('refuse duplicate ids across the set', () => {
    expect(questionSetProblems([sound, sound])).toContain('q-sample: duplicate id');
  });

  it('hold for every question in the guide', () => {
    expect(questionSetProblems(PRACTICE_QUESTIONS)).toEqual([]);
  });

  it('make a bank of at least 150 questions, at least 40 of them in the SAP style', () => {
    expect(PRACTICE_QUESTIONS.length).toBeGreaterThanOrEqual(150);
    expect(PRACTICE_QUESTIONS.filter((question) => question.exam === 'SAP').length).toBeGreaterThanOrEqual(40);
  });
});
