import { notFound } from 'next/navigation';

// Any other address under a language shows that language's "not found" page.
export default function CatchAll() {
  notFound();
}
