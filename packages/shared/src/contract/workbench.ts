import { z } from 'zod';

/** One thing waiting for the caller, linked to the page where it is done. */
export const WorkbenchItem = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  /** Portal path, e.g. /approvals/…. */
  href: z.string(),
  /** YYYY-MM-DD for a deadline, else null. */
  due: z.string().nullable(),
  overdue: z.boolean(),
});
export type WorkbenchItem = z.infer<typeof WorkbenchItem>;

/** A block of the 工作台: how many things wait, the first few, and where to see all of them. */
export const WorkbenchSection = z.object({
  key: z.string(),
  title: z.string(),
  count: z.number().int(),
  items: z.array(WorkbenchItem),
  /** The list page with all of them. */
  moreHref: z.string().nullable(),
  /** Said when there is nothing in it. */
  emptyText: z.string(),
});
export type WorkbenchSection = z.infer<typeof WorkbenchSection>;

export const Workbench = z.object({ sections: z.array(WorkbenchSection) });
export type Workbench = z.infer<typeof Workbench>;
