import { useEffect, useRef, useState } from 'react';
import {
  COMPARE_OPTIONS,
  COST_ANCHOR,
  searchFromState,
  stateFromSearch,
  type CalculatorState,
  type CompareOption,
  type NumberKey,
  type TextKey,
} from '@/lib/cost/inputs';
import { checkInputs, priceComparison } from '@/lib/cost/price';
import { OPTION_LABELS } from '@/lib/cost/explain';
import { workedExampleState } from '@/lib/cost/example';
import { CONTROL_PLANE_RATE } from '@/lib/cost/control-plane';
import { formatRate } from '@/lib/cost/money';
import { PRICES, READER_PRICES } from '@/lib/data/prices';
import { hook } from '@/lib/dom-hooks';
import { ExternalLink } from '@/components/ui/external-link';
import { NumberField } from './number-field';
import { TextField } from './text-field';
import { ChoiceGroup } from './choice-group';
import { CostResults } from './cost-results';
import { COST } from './hooks';

/**
 * The cost what-if form. Loaded lazily by CostLoader, so it only ever runs in the browser. The state starts from
 * the URL (stateFromSearch ignores anything that would not pass the form's checks) and every change replaces the
 * URL, so the address bar always holds a comparison that can be shared. replaceState, not pushState: typing
 * should not fill the Back button with one entry per keystroke.
 */
export function CostForm() {
  const [state, setState] = useState<CalculatorState>(() => stateFromSearch(window.location.search));
  const changed = useRef(false);

  useEffect(() => {
    if (!changed.current) return; // A plain visit keeps a clean address.
    window.history.replaceState({ costWhatIf: true }, '', `${window.location.pathname}${searchFromState(state)}#${COST_ANCHOR}`);
  }, [state]);

  const update = (next: (previous: CalculatorState) => CalculatorState) => {
    changed.current = true;
    setState(next);
  };
  const setNumber = (name: NumberKey, value: string) =>
    update((previous) => ({ ...previous, numbers: { ...previous.numbers, [name]: value } }));
  const setText = (name: TextKey, value: string) => update((previous) => ({ ...previous, texts: { ...previous.texts, [name]: value } }));
  const toggle = (option: CompareOption, on: boolean) =>
    update((previous) => ({
      ...previous,
      compare: COMPARE_OPTIONS.filter((entry) => (entry === option ? on : previous.compare.includes(entry))),
    }));

  const checked = checkInputs(state);
  const { errors } = checked;
  const number = (name: NumberKey) => <NumberField name={name} value={state.numbers[name]} error={errors[name]} onChange={setNumber} />;

  return (
    <form className="cost-form" {...hook(COST.form)} aria-label="Cost what-if" onSubmit={(event) => event.preventDefault()} noValidate>
      <p className="cost-actions">
        <button
          type="button"
          className="action-button secondary"
          {...hook(COST.fillExample)}
          onClick={() => update(() => workedExampleState())}
        >
          Fill in the worked example
        </button>
      </p>

      <fieldset className="cost-group">
        <legend>Your workload</legend>
        <div className="cost-fields">
          {number('tasks')}
          {number('vcpu')}
          {number('memory')}
          {number('hours')}
          {number('runs')}
        </div>
        <ChoiceGroup
          name="os"
          legend="Operating system"
          value={state.os}
          onChange={(os) => update((previous) => ({ ...previous, os }))}
          choices={[
            { value: 'linux', label: 'Linux' },
            { value: 'windows', label: 'Windows' },
          ]}
          help="Windows tasks run on Fargate only with Amazon ECS, at 1 to 4 vCPU, and never on Fargate Spot."
        />
        <ChoiceGroup
          name="arch"
          legend="CPU architecture"
          value={state.arch}
          onChange={(arch) => update((previous) => ({ ...previous, arch }))}
          choices={[
            { value: 'x86', label: 'x86' },
            { value: 'arm', label: 'ARM (Graviton)' },
          ]}
          help="It changes only which Fargate or EC2 price you look up."
        />
      </fieldset>

      <fieldset className="cost-group">
        <legend>Orchestrator and control plane</legend>
        <ChoiceGroup
          name="on"
          legend="Orchestrator"
          value={state.orchestrator}
          onChange={(orchestrator) => update((previous) => ({ ...previous, orchestrator }))}
          choices={[
            { value: 'ecs', label: 'Amazon ECS (no control-plane charge)' },
            { value: 'eks', label: 'Amazon EKS (charged per cluster-hour)' },
          ]}
        />
        {state.orchestrator === 'eks' ? (
          <>
            <ChoiceGroup
              name="support"
              legend="Kubernetes version support"
              value={state.support}
              onChange={(support) => update((previous) => ({ ...previous, support }))}
              choices={[
                { value: 'standard', label: `Standard support: ${formatRate(CONTROL_PLANE_RATE.standard)} per cluster-hour` },
                { value: 'extended', label: `Extended support: ${formatRate(CONTROL_PLANE_RATE.extended)} per cluster-hour in total` },
              ]}
              help="Extended support is on by default once a version leaves its 14 months of standard support."
            />
            <div className="cost-fields">
              {number('clusters')}
              {number('clusterHours')}
            </div>
          </>
        ) : null}
      </fieldset>

      <fieldset className="cost-group">
        <legend>Options to compare</legend>
        {COMPARE_OPTIONS.map((option) => (
          <label key={option} className="cost-check">
            <input
              type="checkbox"
              name={`cmp-${option}`}
              checked={state.compare.includes(option)}
              onChange={(event) => toggle(option, event.target.checked)}
            />{' '}
            {OPTION_LABELS[option]}
          </label>
        ))}
      </fieldset>

      <fieldset className="cost-group">
        <legend>Fargate prices: you enter them</legend>
        <p className="cost-help">
          Our sources give no Fargate rates, so the calculator does not guess. Look them up for your Region, operating system and
          architecture: <ExternalLink href={READER_PRICES.fargate.source}>{READER_PRICES.fargate.label}</ExternalLink>.
        </p>
        <div className="cost-fields">
          {number('fargateVcpuPrice')}
          {number('fargateGbPrice')}
          {number('spotDiscount')}
        </div>
        <p className="cost-help">
          The Fargate Spot discount starts at {PRICES.fargateSpotDiscount.value}%, AWS&apos;s approximate figure (
          <ExternalLink href={PRICES.fargateSpotDiscount.source}>source</ExternalLink>).
        </p>
      </fieldset>

      <fieldset className="cost-group">
        <legend>EC2 On-Demand: you enter it</legend>
        <p className="cost-help">
          Pick an instance size and look up its hourly price:{' '}
          <ExternalLink href={READER_PRICES.ec2.source}>{READER_PRICES.ec2.label}</ExternalLink>.
        </p>
        <div className="cost-fields">
          <TextField name="instanceType" value={state.texts.instanceType} error={errors.instanceType} onChange={setText} />
          {number('ec2Price')}
          {number('tasksPerInstance')}
        </div>
      </fieldset>

      <fieldset className="cost-group">
        <legend>Where your prices come from</legend>
        <div className="cost-fields">
          <TextField name="region" value={state.texts.region} error={errors.region} onChange={setText} />
        </div>
      </fieldset>

      <CostResults comparison={priceComparison(state, checked)} region={errors.region ? '' : state.texts.region.trim()} />
    </form>
  );
}
