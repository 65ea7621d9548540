/** Site-wide settings, configured once. */
export const SITE = {
  title: 'Deception Atlas',
  description: 'An open, annotated knowledge base of research on deception by AI systems.',
  /** The repository pages link to for "Edit this entry" and "Report a problem". */
  repository: process.env.ATLAS_REPOSITORY ?? 'https://github.com/deception-atlas/deception-atlas',
  branch: 'main',
} as const;

export function editUrl(file: string): string {
  return `${SITE.repository}/edit/${SITE.branch}/${file}`;
}

export function reportUrl(title: string, file: string): string {
  const body = `Entry: ${file}\n\nWhat is wrong (and a source for the correction):\n`;
  return `${SITE.repository}/issues/new?labels=correction&title=${encodeURIComponent(`Correction: ${title}`)}&body=${encodeURIComponent(body)}`;
}
