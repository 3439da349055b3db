/**
 * EC2 On-Demand for a chosen instance size, as a simple what-if: enough whole instances for the tasks,
 * each billed at the reader's price for the hours entered. Savings Plans, Reserved Instances and Spot are left out.
 */

export interface Ec2Usage {
  tasks: number;
  /** How many tasks the reader expects to fit on one instance (their judgement of CPU, memory and pod/ENI limits). */
  tasksPerInstance: number;
  pricePerInstanceHour: number;
  hoursPerMonth: number;
}

export function instancesNeeded(tasks: number, tasksPerInstance: number): number {
  if (!(tasksPerInstance > 0)) throw new RangeError('tasks per instance must be more than 0');
  return Math.ceil(tasks / tasksPerInstance);
}

export function ec2Monthly(usage: Ec2Usage): { instances: number; dollars: number } {
  const instances = instancesNeeded(usage.tasks, usage.tasksPerInstance);
  return { instances, dollars: instances * usage.pricePerInstanceHour * usage.hoursPerMonth };
}
