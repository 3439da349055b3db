import { queryWords } from './tokenize';

/**
 * The field's vocabulary: acronyms and short forms readers type, with the words the guide uses.
 * Search expands a query both ways (IRSA → "IAM roles for service accounts" and back).
 * Keep entries to terms the content actually uses: a test checks that each entry's acronym or
 * one of its expansions is made of words the index holds, so every entry leads somewhere.
 */
export const VOCABULARY = [
  { short: 'irsa', long: ['iam roles for service accounts'] },
  { short: 'eni', long: ['elastic network interface'] },
  { short: 'alb', long: ['application load balancer'] },
  { short: 'nlb', long: ['network load balancer'] },
  { short: 'elb', long: ['elastic load balancing'] },
  { short: 'asg', long: ['auto scaling group'] },
  { short: 'mng', long: ['managed node group'] },
  { short: 'ecr', long: ['elastic container registry', 'container registry'] },
  { short: 'ecs', long: ['elastic container service'] },
  { short: 'eks', long: ['elastic kubernetes service'] },
  { short: 'cni', long: ['container network interface'] },
  { short: 'sg', long: ['security group'] },
  { short: 'sgs', long: ['security groups'] },
  { short: 'k8s', long: ['kubernetes'] },
  { short: 'kube', long: ['kubernetes'] },
  { short: 'iam', long: ['identity and access management'] },
  { short: 'vpc', long: ['virtual private cloud'] },
  { short: 'az', long: ['availability zone'] },
  { short: 'azs', long: ['availability zones'] },
  { short: 'ebs', long: ['elastic block store'] },
  { short: 'efs', long: ['elastic file system'] },
  { short: 'ssm', long: ['systems manager', 'parameter store'] },
  { short: 'kms', long: ['key management service'] },
  { short: 'ri', long: ['reserved instances'] },
  { short: 'ris', long: ['reserved instances'] },
  { short: 'sp', long: ['savings plans'] },
  { short: 'ami', long: ['amazon machine image'] },
  { short: 'gpu', long: ['graphics processing unit'] },
  { short: 'cp', long: ['control plane'] },
  { short: 'ca', long: ['cluster autoscaler'] },
  { short: 'ack', long: ['aws controllers for kubernetes'] },
  { short: 'gke', long: ['google kubernetes engine'] },
  { short: 'aks', long: ['azure kubernetes service'] },
  { short: 'aca', long: ['azure container apps'] },
  { short: 'aci', long: ['azure container instances'] },
  { short: 'cwl', long: ['cloudwatch logs'] },
  { short: 'cd', long: ['codedeploy'] },
  { short: 'pod identity', long: ['eks pod identity'] },
  { short: 'service connect', long: ['ecs service connect'] },
  { short: 'app mesh', long: ['aws app mesh'] },
  { short: 'on prem', long: ['on-premises'] },
  { short: 'onprem', long: ['on-premises'] },
  { short: 'on premise', long: ['on-premises'] },
] as const satisfies readonly { short: string; long: readonly string[] }[];

/** Most variants of one query that are searched: the typed words plus a few expansions. */
export const MAX_VARIANTS = 6;

function phraseAt(words: readonly string[], phrase: readonly string[]): number {
  // Stryker disable next-line ArithmeticOperator: starts too late for the phrase to fit meet undefined words, never equal to the phrase
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The query as typed plus its vocabulary variants: each acronym replaced by its expansion and
 * each expansion by its acronym. The first entry is always the query as typed.
 */
export function expandQuery(input: string): string[][] {
  const typed = queryWords(input);
  if (typed.length === 0) return [];
  const variants: string[][] = [typed];
  const seen = new Set([typed.join(' ')]);
  const add = (variant: string[]) => {
    const key = variant.join(' ');
    if (!seen.has(key) && variant.length > 0) {
      seen.add(key);
      variants.push(variant);
    }
  };
  for (const entry of VOCABULARY) {
    const shortWords = entry.short.split(' ');
    for (const long of entry.long) {
      const longWords = long.split(' ');
      const at = phraseAt(typed, shortWords);
      if (at >= 0) add([...typed.slice(0, at), ...longWords, ...typed.slice(at + shortWords.length)]);
      const back = phraseAt(typed, longWords);
      if (back >= 0) add([...typed.slice(0, back), ...shortWords, ...typed.slice(back + longWords.length)]);
    }
  }
  return variants.slice(0, MAX_VARIANTS);
}
