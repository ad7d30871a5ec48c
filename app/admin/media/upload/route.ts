import { handleUpload } from "@/lib/media/upload-request";

export const dynamic = "force-dynamic";

export const POST = handleUpload;
