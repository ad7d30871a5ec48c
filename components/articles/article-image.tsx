import { type ImageRef, srcSet, variantUrl, widthAtLeast } from "@/lib/media/sizes";

type Props = {
  image: ImageRef;
  /** Which width the picture takes on the page, for the browser's pick from srcset. */
  sizes: string;
  /** The lead picture: fetched first, never lazy. Every other picture loads when it nears the screen. */
  priority?: boolean;
  /** The `src` for browsers that ignore srcset: the stored width nearest above this. */
  fallbackWidth?: number;
  className?: string;
  alt?: string;
};

/**
 * A picture from the library as plain HTML (reader pages ship no runtime):
 * every stored width in srcset, width/height from the file so the box is
 * reserved before it arrives, lazy below the first screen.
 */
export function ArticleImage({ image, sizes, priority = false, fallbackWidth = 640, className, alt }: Props) {
  const w = widthAtLeast(image.widths, fallbackWidth);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the sizes are made at upload (docs/pictures.md)
    <img
      src={w ? variantUrl(image.url, w, image.widths) : image.url}
      srcSet={srcSet(image.url, image.widths) || undefined}
      sizes={image.widths.length > 1 ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={alt ?? image.alt}
      decoding="async"
      {...(priority ? { fetchPriority: "high" as const } : { loading: "lazy" as const })}
      className={className}
    />
  );
}
