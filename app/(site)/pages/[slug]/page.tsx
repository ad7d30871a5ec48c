import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { decodeSlug } from "@/lib/text/slug";
import { getPublishedPage } from "@/lib/pages/queries";
import { paths } from "@/lib/site/paths";

// Reached through proxy.ts, which rewrites /<slug> here for published pages only.
export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = await getPublishedPage(decodeSlug((await params).slug));
  if (!page) return {};
  return {
    title: page.title,
    alternates: { canonical: paths.page(page.slug) },
    openGraph: { type: "website", url: paths.page(page.slug), title: page.title },
  };
}

export default async function SitePage({ params }: Params) {
  const page = await getPublishedPage(decodeSlug((await params).slug));
  if (!page) notFound();
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl leading-snug font-bold md:text-4xl">{page.title}</h1>
      <div className="prose-ar mt-6 text-lg" dangerouslySetInnerHTML={{ __html: page.body }} />
    </article>
  );
}
