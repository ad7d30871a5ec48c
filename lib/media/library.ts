// The media library: pictures stored in every width (lib/media/store.ts) and
// their rows. No server-only import: the seed adds its pictures through here.
import { db } from "@/lib/db/client";
import type { ProcessedImage } from "./process-image";
import { type ImageRef, parseWidths } from "./sizes";
import { removeVariants, storeVariants } from "./store";

export const mediaSelect = {
  id: true,
  url: true,
  widths: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  bytes: true,
  uploaderId: true,
  createdAt: true,
  uploader: { select: { name: true } },
} as const;

export type MediaRow = {
  id: number;
  url: string;
  widths: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  bytes: number;
  uploaderId: number | null;
  createdAt: Date;
  uploader: { name: string } | null;
};

/** A library picture as the dashboard's client components receive it (no Date objects). */
export type MediaItem = ImageRef & {
  id: number;
  caption: string | null;
  bytes: number;
  uploaderId: number | null;
  uploader: string | null;
  createdAt: string;
};

export function toMediaItem(row: MediaRow): MediaItem {
  return {
    id: row.id,
    url: row.url,
    widths: parseWidths(row.widths),
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    bytes: row.bytes,
    uploaderId: row.uploaderId,
    uploader: row.uploader?.name ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Stores a processed picture in every width and adds it to the library; the files go again if the row cannot be made. */
export async function addToLibrary(
  image: Extract<ProcessedImage, { ok: true }>,
  info: { uploaderId: number | null; alt?: string; caption?: string | null },
): Promise<MediaItem> {
  const url = await storeVariants(image.variants);
  const widths = image.variants.map((v) => v.width);
  try {
    const row = await db.media.create({
      data: {
        url,
        widths: widths.join(","),
        width: image.width,
        height: image.height,
        bytes: image.variants.reduce((sum, v) => sum + v.data.byteLength, 0),
        alt: info.alt ?? "",
        caption: info.caption ?? null,
        uploaderId: info.uploaderId,
      },
      select: mediaSelect,
    });
    return toMediaItem(row);
  } catch (error) {
    await removeVariants(url, widths);
    throw error;
  }
}

/** Deletes a picture's row and files (the caller has checked it is unused). */
export async function removeFromLibrary(row: { id: number; url: string; widths: string }): Promise<void> {
  await db.media.delete({ where: { id: row.id } });
  await removeVariants(row.url, parseWidths(row.widths));
}
