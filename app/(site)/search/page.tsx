import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchView } from "@/components/search/search-view";
import { type SearchParams, loadSearchPage, readSearchParams, searchMetadata } from "@/lib/search/page";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(await loadSearchPage(...readSearchParams(await searchParams)));
}

export default async function SearchPage({ searchParams }: Props) {
  const data = await loadSearchPage(...readSearchParams(await searchParams));
  if (!data) notFound();
  return <SearchView {...data} />;
}
