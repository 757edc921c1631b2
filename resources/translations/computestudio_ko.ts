<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>Studio</name>
        <message>
            <source>Local machine</source>
            <translation>로컬 컴퓨터</translation>
        </message>
        <message>
            <source>Compute instance</source>
            <translation>컴퓨팅 인스턴스</translation>
        </message>
        <message>
            <source>Compute cluster</source>
            <translation>컴퓨팅 클러스터</translation>
        </message>
        <message>
            <source>Inference cluster</source>
            <translation>유추 클러스터</translation>
        </message>
        <message>
            <source>Attached compute</source>
            <translation>연결된 컴퓨팅</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>Creating</source>
            <translation>만드는 중</translation>
        </message>
        <message>
            <source>Updating</source>
            <translation>업데이트 중</translation>
        </message>
        <message>
            <source>Deleting</source>
            <translation>삭제 중</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>성공</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>취소됨</translation>
        </message>
        <message>
            <source>Attaching</source>
            <translation>연결하는 중</translation>
        </message>
        <message>
            <source>Detaching</source>
            <translation>분리하는 중</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>시작 중</translation>
        </message>
        <message>
            <source>Stopping</source>
            <translation>중지 중</translation>
        </message>
        <message>
            <source>Restarting</source>
            <translation>다시 시작 중</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>유휴</translation>
        </message>
        <message>
            <source>Resizing</source>
            <translation>크기 조정 중</translation>
        </message>
        <message>
            <source>Steady</source>
            <translation>안정</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>사용할 수 없음</translation>
        </message>
        <message>
            <source>1 core, %1</source>
            <translation>코어 1개, %1</translation>
        </message>
        <message>
            <source>%1 cores, %2</source>
            <translation>코어 %1개, %2</translation>
        </message>
    </context>
    <context>
        <name>Studio::CapabilityMatrix</name>
        <message>
            <source>%1 can be used only as a step of a pipeline.</source>
            <translation>%1은(는) 파이프라인의 단계로만 사용할 수 있습니다.</translation>
        </message>
        <message>
            <source>An inference cluster hosts deployed models; it does not run training scripts. Use a compute cluster.</source>
            <translation>유추 클러스터는 배포된 모델을 호스트하며 학습 스크립트를 실행하지 않습니다. 컴퓨팅 클러스터를 사용하세요.</translation>
        </message>
        <message>
            <source>Compute instances do not support distributed training. Submit the run to a compute cluster.</source>
            <translation>컴퓨팅 인스턴스는 분산 학습을 지원하지 않습니다. 실행을 컴퓨팅 클러스터에 제출하세요.</translation>
        </message>
        <message>
            <source>%1 does not support distributed training. Submit the run to a compute cluster.</source>
            <translation>%1은(는) 분산 학습을 지원하지 않습니다. 실행을 컴퓨팅 클러스터에 제출하세요.</translation>
        </message>
        <message>
            <source>%1 cannot be used for hyperparameter tuning.</source>
            <translation>%1은(는) 하이퍼 매개 변수 튜닝에 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 cannot be used for automated ML.</source>
            <translation>%1은(는) 자동화된 ML에 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>The local machine cannot be used in pipelines. Use a compute cluster or a remote virtual machine.</source>
            <translation>로컬 컴퓨터는 파이프라인에서 사용할 수 없습니다. 컴퓨팅 클러스터나 원격 가상 머신을 사용하세요.</translation>
        </message>
        <message>
            <source>%1 cannot be used in pipelines.</source>
            <translation>%1은(는) 파이프라인에서 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>The local machine</source>
            <translation>로컬 컴퓨터</translation>
        </message>
    </context>
    <context>
        <name>Studio::ComputeOperations</name>
        <message>
            <source>The workspace is closed.</source>
            <translation>작업 영역이 닫혀 있습니다.</translation>
        </message>
        <message>
            <source>%1 was not attached: its settings have errors.
%2</source>
            <translation>%1을(를) 연결하지 않았습니다. 설정에 오류가 있습니다.
%2</translation>
        </message>
        <message>
            <source>%1 was not created: its settings have errors.
%2</source>
            <translation>%1을(를) 만들지 않았습니다. 설정에 오류가 있습니다.
%2</translation>
        </message>
        <message>
            <source>A compute named %1 already exists in this workspace (%2). Choose another name, or delete that compute first.</source>
            <translation>이 작업 영역에 이름이 %1인 컴퓨팅이 이미 있습니다(%2). 다른 이름을 선택하거나 먼저 그 컴퓨팅을 삭제하세요.</translation>
        </message>
        <message>
            <source>Preparing</source>
            <translation>준비하는 중</translation>
        </message>
        <message>
            <source>Attaching %1 was canceled.</source>
            <translation>%1 연결을 취소했습니다.</translation>
        </message>
        <message>
            <source>The creation of %1 was canceled.</source>
            <translation>%1 만들기를 취소했습니다.</translation>
        </message>
        <message>
            <source>Saving secrets in the keychain</source>
            <translation>키 집합에 비밀을 저장하는 중</translation>
        </message>
        <message>
            <source>The secrets of %1 could not be saved in the keychain: %2</source>
            <translation>%1의 비밀을 키 집합에 저장할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>There is no compute named %1 in this workspace.</source>
            <translation>이 작업 영역에 이름이 %1인 컴퓨팅이 없습니다.</translation>
        </message>
        <message>
            <source>The local machine is part of every workspace and cannot be deleted.</source>
            <translation>로컬 컴퓨터는 모든 작업 영역에 포함되며 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 is busy (%2, %3%). Wait for that to finish.</source>
            <translation>%1은(는) 작업 중입니다(%2, %3%). 끝날 때까지 기다리세요.</translation>
        </message>
        <message>
            <source>%1 cannot be deleted: there is no provider "%2" in this build to delete it with.</source>
            <translation>%1을(를) 삭제할 수 없습니다. 이 빌드에는 삭제에 사용할 공급자 "%2"이(가) 없습니다.</translation>
        </message>
        <message>
            <source>%1 is busy with another operation, or was deleted meanwhile.</source>
            <translation>%1은(는) 다른 작업을 하는 중이거나 그사이에 삭제되었습니다.</translation>
        </message>
        <message>
            <source>Removing secrets from the keychain</source>
            <translation>키 집합에서 비밀을 제거하는 중</translation>
        </message>
        <message>
            <source>%1 was not removed: its secrets could not be removed from the keychain (%2). Try again when the keychain is available.</source>
            <translation>%1을(를) 제거하지 않았습니다. 키 집합에서 비밀을 제거할 수 없습니다(%2). 키 집합을 사용할 수 있을 때 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Only compute instances can be started, stopped or restarted; %1 is a %2.</source>
            <translation>컴퓨팅 인스턴스만 시작, 중지, 다시 시작할 수 있습니다. %1은(는) %2입니다.</translation>
        </message>
        <message>
            <source>%1 was never created (%2): delete it and create it again.</source>
            <translation>%1은(는) 만들어지지 않았습니다(%2). 삭제한 다음 다시 만드세요.</translation>
        </message>
        <message>
            <source>%1 is already running.</source>
            <translation>%1은(는) 이미 실행 중입니다.</translation>
        </message>
        <message>
            <source>%1 is already stopped.</source>
            <translation>%1은(는) 이미 중지되었습니다.</translation>
        </message>
        <message>
            <source>%1 is stopped: start it instead.</source>
            <translation>%1은(는) 중지되어 있습니다. 대신 시작하세요.</translation>
        </message>
        <message>
            <source>There is no provider "%1" in this build to manage %2 with.</source>
            <translation>이 빌드에는 %2을(를) 관리할 공급자 "%1"이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Only compute clusters have nodes to update; %1 is a %2.</source>
            <translation>업데이트할 노드가 있는 것은 컴퓨팅 클러스터뿐입니다. %1은(는) %2입니다.</translation>
        </message>
        <message>
            <source>%1 cannot be updated while it is %2.</source>
            <translation>%1은(는) %2 상태에서는 업데이트할 수 없습니다.</translation>
        </message>
        <message>
            <source>The settings of %1 are not those of a compute cluster.</source>
            <translation>%1의 설정은 컴퓨팅 클러스터의 설정이 아닙니다.</translation>
        </message>
        <message>
            <source>%1 was not updated: the new settings have errors.
%2</source>
            <translation>%1을(를) 업데이트하지 않았습니다. 새 설정에 오류가 있습니다.
%2</translation>
        </message>
    </context>
    <context>
        <name>Studio::ComputeStore</name>
        <message>
            <source>Could not read the computes of the workspace.</source>
            <translation>작업 영역의 컴퓨팅 목록을 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>A compute named "%1" already exists in this workspace.</source>
            <translation>이 작업 영역에 이름이 "%1"인 컴퓨팅이 이미 있습니다.</translation>
        </message>
        <message>
            <source>Could not save the compute "%1".</source>
            <translation>컴퓨팅 "%1"을(를) 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>The compute "%1" no longer exists.</source>
            <translation>컴퓨팅 "%1"이(가) 더 이상 없습니다.</translation>
        </message>
        <message>
            <source>Could not delete the compute "%1".</source>
            <translation>컴퓨팅 "%1"을(를) 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 was interrupted: the process doing it (pid %2) ended before it finished. Delete the compute, or try again.</source>
            <translation>진행 중이던 작업(%1)이 중단되었습니다. 작업하던 프로세스(PID %2)가 끝나기 전에 종료되었습니다. 컴퓨팅을 삭제하거나 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Could not save the computes of the workspace.</source>
            <translation>작업 영역의 컴퓨팅 목록을 저장할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::LocalMachine</name>
        <message>
            <source>nvidia-smi did not answer within %1 ms.</source>
            <translation>nvidia-smi가 %1ms 안에 응답하지 않았습니다.</translation>
        </message>
        <message>
            <source>nvidia-smi failed (exit code %1).</source>
            <translation>nvidia-smi가 실패했습니다(종료 코드 %1).</translation>
        </message>
    </context>
    <context>
        <name>Studio::LocalProvider</name>
        <message>
            <source>Could not write %1: %2.</source>
            <translation>%1을(를) 쓸 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>The creation of %1 was canceled; what it had made was removed.</source>
            <translation>%1 만들기를 취소했습니다. 만든 것은 제거했습니다.</translation>
        </message>
        <message>
            <source>Could not create the folder %1: a file of that name is in the way. Move it away or choose another name.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다. 같은 이름의 파일이 있습니다. 파일을 옮기거나 다른 이름을 선택하세요.</translation>
        </message>
        <message>
            <source>Could not create the folder %1: it already exists and is not empty. Move it away or choose another name.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다. 이미 있으며 비어 있지 않습니다. 폴더를 옮기거나 다른 이름을 선택하세요.</translation>
        </message>
        <message>
            <source>Could not create the folder %1: %2.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>Local machine</source>
            <translation>로컬 컴퓨터</translation>
        </message>
        <message>
            <source>The folder of the compute %1 is missing or damaged: %2 cannot be read (%3). Delete the compute and create it again.</source>
            <translation>컴퓨팅 %1의 폴더가 없거나 손상되었습니다. %2을(를) 읽을 수 없습니다(%3). 컴퓨팅을 삭제한 다음 다시 만드세요.</translation>
        </message>
        <message>
            <source>The folder of the compute %1 is damaged: %2 is not a manifest. Delete the compute and create it again.</source>
            <translation>컴퓨팅 %1의 폴더가 손상되었습니다. %2은(는) 매니페스트가 아닙니다. 컴퓨팅을 삭제한 다음 다시 만드세요.</translation>
        </message>
        <message>
            <source>"%1" cannot be the name of a local compute.</source>
            <translation>"%1"은(는) 로컬 컴퓨팅의 이름이 될 수 없습니다.</translation>
        </message>
        <message>
            <source>Checking the size</source>
            <translation>크기를 확인하는 중</translation>
        </message>
        <message>
            <source>This machine offers no size "%1". Sizes it offers: %2.</source>
            <translation>이 컴퓨터에는 크기 "%1"이(가) 없습니다. 사용할 수 있는 크기: %2.</translation>
        </message>
        <message>
            <source>The size %1 has no GPU, but the VM type is GPU. Choose a GPU size, or the CPU type.</source>
            <translation>크기 %1에는 GPU가 없지만 가상 머신 유형이 GPU입니다. GPU 크기나 CPU 유형을 선택하세요.</translation>
        </message>
        <message>
            <source>Creating the folder %1</source>
            <translation>폴더 %1을(를) 만드는 중</translation>
        </message>
        <message>
            <source>Creating the home folder and the job queue</source>
            <translation>홈 폴더와 작업 큐를 만드는 중</translation>
        </message>
        <message>
            <source>Could not create the link %1: %2.</source>
            <translation>링크 %1을(를) 만들 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>시작 중</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <source>Preparing the node pool</source>
            <translation>노드 풀을 준비하는 중</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>유휴</translation>
        </message>
        <message>
            <source>Removing %1</source>
            <translation>%1을(를) 제거하는 중</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>제거됨</translation>
        </message>
        <message>
            <source>Could not remove the folder %1: %2.</source>
            <translation>폴더 %1을(를) 제거할 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>Only compute instances can be started, stopped or restarted; %1 is a %2.</source>
            <translation>컴퓨팅 인스턴스만 시작, 중지, 다시 시작할 수 있습니다. %1은(는) %2입니다.</translation>
        </message>
        <message>
            <source>The compute instance %1 is already running.</source>
            <translation>컴퓨팅 인스턴스 %1은(는) 이미 실행 중입니다.</translation>
        </message>
        <message>
            <source>The compute instance %1 is already stopped.</source>
            <translation>컴퓨팅 인스턴스 %1은(는) 이미 중지되었습니다.</translation>
        </message>
        <message>
            <source>Stopping</source>
            <translation>중지 중</translation>
        </message>
        <message>
            <source>The compute instance %1 is stopped: start it instead.</source>
            <translation>컴퓨팅 인스턴스 %1은(는) 중지되어 있습니다. 대신 시작하세요.</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <source>Only compute clusters can be updated; %1 is a %2.</source>
            <translation>컴퓨팅 클러스터만 업데이트할 수 있습니다. %1은(는) %2입니다.</translation>
        </message>
        <message>
            <source>Saving the node settings</source>
            <translation>노드 설정을 저장하는 중</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>업데이트됨</translation>
        </message>
    </context>
    <context>
        <name>Studio::ProviderRegistry</name>
        <message>
            <source>No provider in this build can back a compute of type %1 yet.</source>
            <translation>이 빌드에는 아직 %1 유형의 컴퓨팅을 지원하는 공급자가 없습니다.</translation>
        </message>
        <message>
            <source>Providers that can back a compute of type %1: %2.</source>
            <translation>%1 유형의 컴퓨팅을 지원하는 공급자: %2.</translation>
        </message>
        <message>
            <source>There is no provider "%1" in this build (it has: %2). %3</source>
            <translation>이 빌드에는 공급자 "%1"이(가) 없습니다(있는 공급자: %2). %3</translation>
        </message>
        <message>
            <source>The provider "%1" cannot back a compute of type %2, and no provider in this build can yet.</source>
            <translation>공급자 "%1"은(는) %2 유형의 컴퓨팅을 지원하지 않으며, 이 빌드에는 아직 지원하는 공급자가 없습니다.</translation>
        </message>
        <message>
            <source>The provider "%1" cannot back a compute of type %2. Providers that can: %3.</source>
            <translation>공급자 "%1"은(는) %2 유형의 컴퓨팅을 지원하지 않습니다. 지원하는 공급자: %3.</translation>
        </message>
    </context>
    <context>
        <name>Studio::SecretStore</name>
        <message>
            <source>The keychain could not be asked because the application is not running or is shutting down.</source>
            <translation>애플리케이션이 실행 중이 아니거나 종료하는 중이어서 키 집합에 요청할 수 없습니다.</translation>
        </message>
        <message>
            <source>No secret is saved in the keychain under “%1”; enter it again.</source>
            <translation>키 집합에 “%1”(으)로 저장된 비밀이 없습니다. 다시 입력하세요.</translation>
        </message>
        <message>
            <source>The keychain refused to save the secret: it is locked or access was denied. Unlock your keyring and try again; you will be asked for the secret again next time.</source>
            <translation>키 집합이 비밀 저장을 거부했습니다. 키 집합이 잠겨 있거나 액세스가 거부되었습니다. 키 모음의 잠금을 해제하고 다시 시도하세요. 다음에 비밀을 다시 묻습니다.</translation>
        </message>
        <message>
            <source>The keychain refused to give out the secret: it is locked or access was denied. Unlock your keyring and try again, or enter the secret again.</source>
            <translation>키 집합이 비밀 제공을 거부했습니다. 키 집합이 잠겨 있거나 액세스가 거부되었습니다. 키 모음의 잠금을 해제하고 다시 시도하거나 비밀을 다시 입력하세요.</translation>
        </message>
        <message>
            <source>The keychain refused to remove the secret: it is locked or access was denied. Unlock your keyring and try again.</source>
            <translation>키 집합이 비밀 제거를 거부했습니다. 키 집합이 잠겨 있거나 액세스가 거부되었습니다. 키 모음의 잠금을 해제하고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The keychain could not remove the secret saved under “%1”. Try again, or remove it with your keyring manager (Passwords and Keys, KWalletManager).</source>
            <translation>키 집합에서 “%1”(으)로 저장된 비밀을 제거할 수 없습니다. 다시 시도하거나 키 모음 관리자(암호 및 키, KWalletManager)에서 제거하세요.</translation>
        </message>
        <message>
            <source>No keychain service is reachable, so the secret was not saved. Start your desktop's keyring (GNOME Keyring, KWallet) and try again; you will be asked for it again next time.</source>
            <translation>연결할 수 있는 키 집합 서비스가 없어 비밀을 저장하지 않았습니다. 데스크톱의 키 모음(GNOME Keyring, KWallet)을 시작하고 다시 시도하세요. 다음에 비밀을 다시 묻습니다.</translation>
        </message>
        <message>
            <source>No keychain service is reachable, so the saved secret could not be read. Start your desktop's keyring (GNOME Keyring, KWallet) and try again, or enter the secret again.</source>
            <translation>연결할 수 있는 키 집합 서비스가 없어 저장된 비밀을 읽을 수 없습니다. 데스크톱의 키 모음(GNOME Keyring, KWallet)을 시작하고 다시 시도하거나 비밀을 다시 입력하세요.</translation>
        </message>
        <message>
            <source>No keychain service is reachable, so the secret could not be removed from it. Start your desktop's keyring (GNOME Keyring, KWallet) and try again.</source>
            <translation>연결할 수 있는 키 집합 서비스가 없어 비밀을 제거할 수 없습니다. 데스크톱의 키 모음(GNOME Keyring, KWallet)을 시작하고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The keychain request failed.</source>
            <translation>키 집합 요청이 실패했습니다.</translation>
        </message>
        <message>
            <source>The secret has no name to be kept under in the keychain.</source>
            <translation>키 집합에 저장할 비밀의 이름이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::SpecType</name>
        <message>
            <source>Compute instance</source>
            <translation>컴퓨팅 인스턴스</translation>
        </message>
        <message>
            <source>Compute cluster</source>
            <translation>컴퓨팅 클러스터</translation>
        </message>
        <message>
            <source>Inference cluster</source>
            <translation>유추 클러스터</translation>
        </message>
        <message>
            <source>Remote virtual machine</source>
            <translation>원격 가상 머신</translation>
        </message>
        <message>
            <source>HDInsight</source>
            <translation>HDInsight</translation>
        </message>
        <message>
            <source>Databricks</source>
            <translation>Databricks</translation>
        </message>
        <message>
            <source>Data Lake Analytics</source>
            <translation>Data Lake Analytics</translation>
        </message>
        <message>
            <source>Kubernetes</source>
            <translation>Kubernetes</translation>
        </message>
        <message>
            <source>Slurm cluster</source>
            <translation>Slurm 클러스터</translation>
        </message>
    </context>
    <context>
        <name>Studio::SpecYaml</name>
        <message>
            <source>Line %1: %2</source>
            <translation>%1행: %2</translation>
        </message>
        <message>
            <source>%1 must be text.</source>
            <translation>%1은(는) 텍스트여야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be a whole number, not “%2”.</source>
            <translation>%1은(는) “%2”이(가) 아니라 정수여야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be true or false, not “%2”.</source>
            <translation>%1은(는) “%2”이(가) 아니라 true 또는 false여야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be one of %2, not “%3”.</source>
            <translation>%1은(는) “%3”이(가) 아니라 %2 중 하나여야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be a mapping of keys to values.</source>
            <translation>%1은(는) 키와 값의 매핑이어야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be a list.</source>
            <translation>%1은(는) 목록이어야 합니다.</translation>
        </message>
        <message>
            <source>Unknown key “%1”. Known keys here: %2.</source>
            <translation>알 수 없는 키 “%1”. 여기에서 사용할 수 있는 키: %2.</translation>
        </message>
        <message>
            <source>The spec has no “type”. Give one of: %1.</source>
            <translation>사양에 “type”이 없습니다. 다음 중 하나를 지정하세요: %1.</translation>
        </message>
        <message>
            <source>Unknown compute type “%1”. Give one of: %2.</source>
            <translation>알 수 없는 컴퓨팅 유형 “%1”. 다음 중 하나를 지정하세요: %2.</translation>
        </message>
        <message>
            <source>The YAML is not valid at line %1, column %2: %3.</source>
            <translation>YAML이 %1행 %2열에서 올바르지 않습니다: %3.</translation>
        </message>
        <message>
            <source>A compute spec is a YAML mapping (key: value lines), starting with “name:” and “type:”.</source>
            <translation>컴퓨팅 사양은 “name:”과 “type:”으로 시작하는 YAML 매핑(key: value 줄)입니다.</translation>
        </message>
        <message>
            <source>The YAML could not be read at line %1: %2.</source>
            <translation>%1행에서 YAML을 읽을 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>%1 is too large to be a compute spec (over 1 MiB).</source>
            <translation>%1은(는) 컴퓨팅 사양으로 사용하기에 너무 큽니다(1MiB 초과).</translation>
        </message>
        <message>
            <source>Secrets are kept in the OS keychain, never in files: %1</source>
            <translation>비밀은 파일이 아니라 OS 키 집합에만 보관됩니다: %1</translation>
        </message>
        <message>
            <source>The stored spec of %1 could not be read.</source>
            <translation>저장된 %1의 사양을 읽을 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::AttachComputeForm</name>
        <message>
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>maybe</source>
            <translation>경우에 따라</translation>
        </message>
        <message>
            <source>only</source>
            <translation>전용</translation>
        </message>
        <message>
            <source>Attach compute</source>
            <translation>컴퓨팅 연결</translation>
        </message>
        <message>
            <source>&amp;Attach</source>
            <translation>연결(&amp;A)</translation>
        </message>
        <message>
            <source>Required. The name this workspace gives the attached compute: letters, digits and hyphens (-), starting with a letter.</source>
            <translation>필수. 이 작업 영역에서 연결된 컴퓨팅에 붙이는 이름입니다. 문자, 숫자 및 하이픈(-)을 사용할 수 있으며 문자로 시작해야 합니다.</translation>
        </message>
        <message>
            <source>Compute &amp;type:</source>
            <translation>컴퓨팅 유형(&amp;T):</translation>
        </message>
        <message>
            <source>The kind of compute to attach. Not every kind can be used for everything: the note below says what this one can do.</source>
            <translation>연결할 컴퓨팅의 유형입니다. 모든 유형을 모든 용도에 사용할 수 있는 것은 아닙니다. 아래 메모에서 이 유형으로 할 수 있는 작업을 확인하세요.</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>주소(&amp;D):</translation>
        </message>
        <message>
            <source>The machine's fully qualified domain name (FQDN) or public IP address.</source>
            <translation>컴퓨터의 FQDN(정규화된 도메인 이름) 또는 공용 IP 주소입니다.</translation>
        </message>
        <message>
            <source>SSH &amp;port:</source>
            <translation>SSH 포트(&amp;P):</translation>
        </message>
        <message>
            <source>The port the machine's SSH server listens on (22 by default).</source>
            <translation>컴퓨터의 SSH 서버가 수신 대기하는 포트입니다(기본값 22).</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>The SSH user to log in as (for HDInsight, the cluster's SSH user chosen when it was created).</source>
            <translation>로그인할 SSH 사용자입니다(HDInsight의 경우 클러스터를 만들 때 지정한 SSH 사용자).</translation>
        </message>
        <message>
            <source>Private &amp;key file</source>
            <translation>프라이빗 키 파일(&amp;K)</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>암호(&amp;W)</translation>
        </message>
        <message>
            <source>Authentication:</source>
            <translation>인증:</translation>
        </message>
        <message>
            <source>Log in with a private key file or a password. SSH keys are recommended: passwords can be guessed by brute force, while keys use cryptographic signatures.</source>
            <translation>프라이빗 키 파일이나 암호로 로그인합니다. SSH 키를 권장합니다. 암호는 무차별 암호 대입 공격에 취약한 반면, SSH 키는 암호화 서명을 사용합니다.</translation>
        </message>
        <message>
            <source>SSH keys are safer than passwords.</source>
            <translation>SSH 키가 암호보다 안전합니다.</translation>
        </message>
        <message>
            <source>Choose the private key</source>
            <translation>프라이빗 키 선택</translation>
        </message>
        <message>
            <source>e.g. ~/.ssh/id_ed25519</source>
            <translation>예: ~/.ssh/id_ed25519</translation>
        </message>
        <message>
            <source>Private key &amp;file:</source>
            <translation>프라이빗 키 파일(&amp;F):</translation>
        </message>
        <message>
            <source>The SSH private key file to log in with, e.g. ~/.ssh/id_ed25519.</source>
            <translation>로그인에 사용할 SSH 프라이빗 키 파일입니다(예: ~/.ssh/id_ed25519).</translation>
        </message>
        <message>
            <source>Only if the key has one</source>
            <translation>키에 암호 문구가 있는 경우에만</translation>
        </message>
        <message>
            <source>Pa&amp;ssphrase:</source>
            <translation>암호 문구(&amp;S):</translation>
        </message>
        <message>
            <source>The passphrase of the private key, if it has one. It is kept in the system keychain, never in the workspace or in YAML files.</source>
            <translation>프라이빗 키의 암호 문구입니다(있는 경우). 작업 영역이나 YAML 파일이 아니라 시스템 키 집합에 보관됩니다.</translation>
        </message>
        <message>
            <source>Pa&amp;ssword:</source>
            <translation>암호(&amp;S):</translation>
        </message>
        <message>
            <source>The SSH user's password. It is kept in the system keychain, never in the workspace or in YAML files.</source>
            <translation>SSH 사용자의 암호입니다. 작업 영역이나 YAML 파일이 아니라 시스템 키 집합에 보관됩니다.</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>선택 사항</translation>
        </message>
        <message>
            <source>Virtual &amp;machine name:</source>
            <translation>가상 머신 이름(&amp;M):</translation>
        </message>
        <message>
            <source>Optional: the virtual machine's own name (for a Data Science VM: shorter than 64 characters, without ` ~ ! @ # $ % ^ &amp; * ( ) = + _ [ ] { } \ | ; : ' " , &lt; &gt; / ?).</source>
            <translation>선택 사항: 가상 머신 자체의 이름입니다(Data Science VM의 경우 64자 미만이어야 하며 ` ~ ! @ # $ % ^ &amp; * ( ) = + _ [ ] { } \ | ; : ' " , &lt; &gt; / ?는 사용할 수 없음).</translation>
        </message>
        <message>
            <source>The cluster's default</source>
            <translation>클러스터 기본값</translation>
        </message>
        <message>
            <source>Partit&amp;ion:</source>
            <translation>파티션(&amp;I):</translation>
        </message>
        <message>
            <source>The Slurm partition jobs are submitted to. Empty: the cluster's default partition.</source>
            <translation>작업을 제출할 Slurm 파티션입니다. 비워 두면 클러스터의 기본 파티션을 사용합니다.</translation>
        </message>
        <message>
            <source>A&amp;ccount:</source>
            <translation>계정(&amp;C):</translation>
        </message>
        <message>
            <source>The Slurm account jobs are charged to (optional).</source>
            <translation>작업 사용량이 청구되는 Slurm 계정입니다(선택 사항).</translation>
        </message>
        <message>
            <source>Databricks &amp;workspace:</source>
            <translation>Databricks 작업 영역(&amp;W):</translation>
        </message>
        <message>
            <source>The name of the Azure Databricks workspace.</source>
            <translation>Azure Databricks 작업 영역의 이름입니다.</translation>
        </message>
        <message>
            <source>Resource &amp;group:</source>
            <translation>리소스 그룹(&amp;G):</translation>
        </message>
        <message>
            <source>The resource group that contains the Databricks workspace.</source>
            <translation>Databricks 작업 영역을 포함하는 리소스 그룹입니다.</translation>
        </message>
        <message>
            <source>Access to&amp;ken:</source>
            <translation>액세스 토큰(&amp;K):</translation>
        </message>
        <message>
            <source>The access token used to authenticate with Azure Databricks. It is kept in the system keychain and never shown or written to files.</source>
            <translation>Azure Databricks에서 인증을 받는 데 사용하는 액세스 토큰입니다. 시스템 키 집합에 보관되며 표시되거나 파일에 기록되지 않습니다.</translation>
        </message>
        <message>
            <source>The resource group that contains the Data Lake Analytics account.</source>
            <translation>Data Lake Analytics 계정을 포함하는 리소스 그룹입니다.</translation>
        </message>
        <message>
            <source>Account na&amp;me:</source>
            <translation>계정 이름(&amp;M):</translation>
        </message>
        <message>
            <source>The name of the Data Lake Analytics account.</source>
            <translation>Data Lake Analytics 계정 이름입니다.</translation>
        </message>
        <message>
            <source>/subscriptions/…/resourceGroups/…/providers/…/managedClusters/…</source>
            <translation>/subscriptions/…/resourceGroups/…/providers/…/managedClusters/…</translation>
        </message>
        <message>
            <source>Resource &amp;id:</source>
            <translation>리소스 ID(&amp;I):</translation>
        </message>
        <message>
            <source>The resource id of the Kubernetes cluster (an AKS or Azure Arc-enabled cluster). Give it or a kubeconfig file.</source>
            <translation>Kubernetes 클러스터(AKS 또는 Azure Arc 사용 클러스터)의 리소스 ID입니다. 리소스 ID나 kubeconfig 파일 중 하나를 지정하세요.</translation>
        </message>
        <message>
            <source>Choose a kubeconfig file</source>
            <translation>kubeconfig 파일 선택</translation>
        </message>
        <message>
            <source>&amp;Kubeconfig file:</source>
            <translation>kubeconfig 파일(&amp;K):</translation>
        </message>
        <message>
            <source>A kubeconfig file that reaches the cluster's API server. Give it or the resource id.</source>
            <translation>클러스터의 API 서버에 연결할 수 있는 kubeconfig 파일입니다. kubeconfig 파일이나 리소스 ID 중 하나를 지정하세요.</translation>
        </message>
        <message>
            <source>Names&amp;pace:</source>
            <translation>네임스페이스(&amp;P):</translation>
        </message>
        <message>
            <source>The Kubernetes namespace the compute's work runs in (default: “default”).</source>
            <translation>컴퓨팅의 작업이 실행되는 Kubernetes 네임스페이스입니다(기본값: “default”).</translation>
        </message>
        <message>
            <source>GPU: %1 · Hyperparameter tuning: %2 · Automated ML: %3 · Pipelines: %4</source>
            <translation>GPU: %1 · 하이퍼 매개 변수 튜닝: %2 · 자동화된 ML: %3 · 파이프라인: %4</translation>
        </message>
        <message>
            <source>&lt;cluster&gt;.azurehdinsight.net or an IP address</source>
            <translation>&lt;cluster&gt;.azurehdinsight.net 또는 IP 주소</translation>
        </message>
        <message>
            <source>Host name (FQDN) or IP address</source>
            <translation>호스트 이름(FQDN) 또는 IP 주소</translation>
        </message>
        <message>
            <source>Only Ubuntu (Linux) machines are supported.</source>
            <translation>Ubuntu(Linux) 컴퓨터만 지원됩니다.</translation>
        </message>
        <message>
            <source>The cluster's URL in its overview, without https://.</source>
            <translation>클러스터 개요에 있는 URL에서 https://를 뺀 값입니다.</translation>
        </message>
        <message>
            <source>A login node of the cluster.</source>
            <translation>클러스터의 로그인 노드입니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeClusterForm</name>
        <message>
            <source>New compute cluster</source>
            <translation>새 컴퓨팅 클러스터</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>만들기(&amp;C)</translation>
        </message>
        <message>
            <source>Step 1 of 2: Virtual machine</source>
            <translation>1/2단계: 가상 머신</translation>
        </message>
        <message>
            <source>Same as the workspace</source>
            <translation>작업 영역과 동일</translation>
        </message>
        <message>
            <source>L&amp;ocation:</source>
            <translation>위치(&amp;O):</translation>
        </message>
        <message>
            <source>The region to create the compute cluster in. By default the same location as the workspace. Another region than the workspace's or its data's can add network latency and data transfer costs, both when the cluster is created and when jobs run on it.</source>
            <translation>컴퓨팅 클러스터를 만들 지역입니다. 기본적으로 작업 영역과 동일한 위치입니다. 작업 영역이나 데이터와 다른 지역을 사용하면 네트워크 대기 시간 및 데이터 전송 비용이 증가할 수 있으며, 이는 클러스터를 만들 때와 클러스터에서 작업을 실행할 때 모두 발생할 수 있습니다.</translation>
        </message>
        <message>
            <source>C&amp;PU</source>
            <translation>C&amp;PU</translation>
        </message>
        <message>
            <source>&amp;GPU</source>
            <translation>&amp;GPU</translation>
        </message>
        <message>
            <source>Virtual machine &amp;type:</source>
            <translation>가상 머신 유형(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Dedicated</source>
            <translation>전용(&amp;D)</translation>
        </message>
        <message>
            <source>Lo&amp;w priority</source>
            <translation>낮은 우선 순위(&amp;W)</translation>
        </message>
        <message>
            <source>Nodes are yours for as long as the cluster has them.</source>
            <translation>클러스터에 노드가 있는 동안 계속 사용할 수 있습니다.</translation>
        </message>
        <message>
            <source>Cheaper, but compute nodes are not guaranteed: jobs may be preempted.</source>
            <translation>더 저렴하지만 컴퓨팅 노드를 보장하지 않습니다. 작업이 선점될 수 있습니다.</translation>
        </message>
        <message>
            <source>Virtual machine p&amp;riority:</source>
            <translation>가상 머신 우선 순위(&amp;R):</translation>
        </message>
        <message>
            <source>Dedicated or Low priority. Low-priority virtual machines are cheaper but compute nodes are not guaranteed: jobs may be preempted.</source>
            <translation>전용 또는 낮은 우선 순위입니다. 우선 순위가 낮은 가상 머신은 더 저렴하지만 컴퓨팅 노드를 보장하지 않습니다. 작업이 선점될 수 있습니다.</translation>
        </message>
        <message>
            <source>Low priority: cheaper, but jobs may be preempted.</source>
            <translation>낮은 우선 순위: 더 저렴하지만 작업이 선점될 수 있습니다.</translation>
        </message>
        <message>
            <source>Virtual machine &amp;size:</source>
            <translation>가상 머신 크기(&amp;S):</translation>
        </message>
        <message>
            <source>Step 2 of 2: Advanced settings</source>
            <translation>2/2단계: 고급 설정</translation>
        </message>
        <message>
            <source>&amp;Minimum number of nodes:</source>
            <translation>최소 노드 수(&amp;M):</translation>
        </message>
        <message>
            <source>The minimum number of nodes to provision. For dedicated nodes kept ready, set that number here. With 0 the cluster costs nothing for nodes while it is idle.</source>
            <translation>프로비전할 최소 노드 수입니다. 항상 준비된 전용 노드가 필요하면 여기에 그 수를 설정합니다. 0으로 설정하면 클러스터가 유휴 상태일 때 노드 비용이 발생하지 않습니다.</translation>
        </message>
        <message>
            <source>0: no cost while idle.</source>
            <translation>0: 유휴 상태일 때 비용 없음.</translation>
        </message>
        <message>
            <source>Ma&amp;ximum number of nodes:</source>
            <translation>최대 노드 수(&amp;X):</translation>
        </message>
        <message>
            <source>The maximum number of nodes to provision. The cluster scales up to this number automatically when jobs are submitted.</source>
            <translation>프로비전할 최대 노드 수입니다. 작업이 제출되면 클러스터가 이 노드 수까지 자동으로 확장됩니다.</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation>초</translation>
        </message>
        <message>
            <source>&amp;Idle seconds before scale down:</source>
            <translation>규모 축소 전 유휴 시간(&amp;I):</translation>
        </message>
        <message>
            <source>How long the cluster stays idle before it scales down to the minimum number of nodes (default 120 seconds).</source>
            <translation>클러스터의 규모를 최소 노드 수로 축소하기 전 유휴 시간입니다(기본값 120초).</translation>
        </message>
        <message>
            <source>&amp;Enable SSH access</source>
            <translation>SSH 액세스 사용(&amp;E)</translation>
        </message>
        <message>
            <source>SSH access:</source>
            <translation>SSH 액세스:</translation>
        </message>
        <message>
            <source>Admin &amp;user name:</source>
            <translation>관리자 사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>The user name for SSH connections to the nodes.</source>
            <translation>노드에 SSH로 연결할 때 사용할 사용자 이름입니다.</translation>
        </message>
        <message>
            <source>SSH public key</source>
            <translation>SSH 공개 키</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>암호</translation>
        </message>
        <message>
            <source>Sign in &amp;with:</source>
            <translation>로그인 방법(&amp;W):</translation>
        </message>
        <message>
            <source>An SSH public key, or a password. SSH keys are safer: passwords are open to brute-force attacks.</source>
            <translation>SSH 공개 키 또는 암호입니다. SSH 키가 더 안전합니다. 암호는 무차별 암호 대입 공격에 취약합니다.</translation>
        </message>
        <message>
            <source>ssh-ed25519 AAAA… user@host</source>
            <translation>ssh-ed25519 AAAA… user@host</translation>
        </message>
        <message>
            <source>&amp;Public key:</source>
            <translation>공개 키(&amp;P):</translation>
        </message>
        <message>
            <source>Pa&amp;ssword:</source>
            <translation>암호(&amp;S):</translation>
        </message>
        <message>
            <source>The password of the admin user. It is kept in the system keychain, never in the workspace or in YAML files.</source>
            <translation>관리자 사용자의 암호입니다. 작업 영역이나 YAML 파일이 아니라 시스템 키 집합에 보관됩니다.</translation>
        </message>
        <message>
            <source>&amp;Advanced settings</source>
            <translation>고급 설정(&amp;A)</translation>
        </message>
        <message>
            <source>Optional: the provider, a virtual network to create the cluster in, and a managed identity.</source>
            <translation>선택 사항: 공급자, 클러스터를 만들 가상 네트워크, 관리 ID.</translation>
        </message>
        <message>
            <source>Resource &amp;group:</source>
            <translation>리소스 그룹(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Virtual network:</source>
            <translation>가상 네트워크(&amp;V):</translation>
        </message>
        <message>
            <source>Subne&amp;t:</source>
            <translation>서브넷(&amp;T):</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>System-assigned</source>
            <translation>시스템 할당</translation>
        </message>
        <message>
            <source>User-assigned</source>
            <translation>사용자 할당</translation>
        </message>
        <message>
            <source>Managed i&amp;dentity:</source>
            <translation>관리 ID(&amp;D):</translation>
        </message>
        <message>
            <source>A managed identity gives the cluster access to other resources without credentials in your code: system-assigned (made for this cluster) or user-assigned (identities you created).</source>
            <translation>관리 ID를 사용하면 코드에 자격 증명을 넣지 않고도 클러스터가 다른 리소스에 액세스할 수 있습니다. 시스템 할당(이 클러스터용으로 만들어진 ID) 또는 사용자 할당(직접 만든 ID)을 선택합니다.</translation>
        </message>
        <message>
            <source>One resource id per line</source>
            <translation>한 줄에 리소스 ID 하나</translation>
        </message>
        <message>
            <source>Identity res&amp;ource ids:</source>
            <translation>관리 ID 리소스 ID(&amp;O):</translation>
        </message>
        <message>
            <source>The resource ids of the user-assigned identities, one per line.</source>
            <translation>사용자 할당 ID의 리소스 ID입니다. 한 줄에 하나씩 입력합니다.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>뒤로(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>다음(&amp;N)</translation>
        </message>
        <message>
            <source>Go on to the advanced settings: name, nodes, SSH access.</source>
            <translation>고급 설정(이름, 노드, SSH 액세스)으로 진행합니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeDetailsPanel</name>
        <message>
            <source>Select a compute to see its details.</source>
            <translation>세부 정보를 보려면 컴퓨팅을 선택하세요.</translation>
        </message>
        <message>
            <source>Operation progress</source>
            <translation>작업 진행률</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Stop this operation and undo what it has done so far</source>
            <translation>이 작업을 중지하고 지금까지 수행한 내용을 되돌립니다</translation>
        </message>
        <message>
            <source>Property</source>
            <translation>속성</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <source>Compute properties</source>
            <translation>컴퓨팅 속성</translation>
        </message>
        <message>
            <source>%1 · %2 · provider: %3</source>
            <translation>%1 · %2 · 공급자: %3</translation>
        </message>
        <message>
            <source>State: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; Provisioning: &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>상태: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; 프로비저닝: &lt;b&gt;%2&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>마지막 오류: %1</translation>
        </message>
        <message>
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>%1… %2</source>
            <translation>%1… %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>공급자</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Provisioning state</source>
            <translation>프로비저닝 상태</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>마지막 오류</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>노드</translation>
        </message>
        <message>
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>if the machine has one</source>
            <translation>컴퓨터에 있는 경우</translation>
        </message>
        <message>
            <source>pipeline steps only</source>
            <translation>파이프라인 단계 전용</translation>
        </message>
        <message>
            <source>training runs</source>
            <translation>학습 실행</translation>
        </message>
        <message>
            <source>distributed training</source>
            <translation>분산 학습</translation>
        </message>
        <message>
            <source>hyperparameter tuning</source>
            <translation>하이퍼 매개 변수 튜닝</translation>
        </message>
        <message>
            <source>pipelines</source>
            <translation>파이프라인</translation>
        </message>
        <message>
            <source>automated ML</source>
            <translation>자동화된 ML</translation>
        </message>
        <message>
            <source>hosting deployed models</source>
            <translation>배포된 모델 호스팅</translation>
        </message>
        <message>
            <source>Can be used for</source>
            <translation>사용 용도</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>만든 사람</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>만든 날짜</translation>
        </message>
        <message>
            <source>Modified on</source>
            <translation>수정한 날짜</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>no</source>
            <translation>아니요</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeForm</name>
        <message>
            <source>View &amp;YAML</source>
            <translation>YAML 보기(&amp;Y)</translation>
        </message>
        <message>
            <source>Show the spec this form will send, as YAML (secrets left out).</source>
            <translation>이 양식이 보낼 사양을 YAML로 표시합니다(비밀 제외).</translation>
        </message>
        <message>
            <source>&amp;Load YAML…</source>
            <translation>YAML 불러오기(&amp;L)…</translation>
        </message>
        <message>
            <source>Fill the form from a YAML spec file (the format `cstudio compute export` writes).</source>
            <translation>YAML 사양 파일(`cstudio compute export`가 쓰는 형식)로 양식을 채웁니다.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Close the form without creating anything (Esc).</source>
            <translation>아무것도 만들지 않고 양식을 닫습니다(Esc).</translation>
        </message>
        <message>
            <source>e.g. my-compute</source>
            <translation>예: my-compute</translation>
        </message>
        <message>
            <source>Compute &amp;name:</source>
            <translation>컴퓨팅 이름(&amp;N):</translation>
        </message>
        <message>
            <source>P&amp;rovider:</source>
            <translation>공급자(&amp;R):</translation>
        </message>
        <message>
            <source>The backend that creates this compute and runs work on it. “local” is this machine and the default; a provider that cannot back this kind of compute is named in a warning.</source>
            <translation>이 컴퓨팅을 만들고 그 위에서 작업을 실행하는 백 엔드입니다. “local”은 이 컴퓨터이며 기본값입니다. 이 유형의 컴퓨팅을 지원하지 않는 공급자를 선택하면 경고가 표시됩니다.</translation>
        </message>
        <message>
            <source>Not yet: fix these first.</source>
            <translation>아직 할 수 없습니다. 먼저 다음 문제를 해결하세요.</translation>
        </message>
        <message>
            <source>Still needed: %1.</source>
            <translation>아직 필요한 항목: %1.</translation>
        </message>
        <message>
            <source>YAML</source>
            <translation>YAML</translation>
        </message>
        <message>
            <source>YAML of %1</source>
            <translation>%1의 YAML</translation>
        </message>
        <message>
            <source>YAML spec</source>
            <translation>YAML 사양</translation>
        </message>
        <message>
            <source>Save it as a .yml file to use it with `cstudio compute create -f FILE` or Load YAML. Passwords, passphrases and tokens are never included.</source>
            <translation>.yml 파일로 저장하면 `cstudio compute create -f FILE`이나 YAML 불러오기에 사용할 수 있습니다. 암호, 암호 문구, 토큰은 포함되지 않습니다.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>복사(&amp;C)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>복사됨</translation>
        </message>
        <message>
            <source>Load YAML</source>
            <translation>YAML 불러오기</translation>
        </message>
        <message>
            <source>YAML files (*.yml *.yaml);;All files (*)</source>
            <translation>YAML 파일 (*.yml *.yaml);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Could not load %1: %2</source>
            <translation>%1을(를) 불러올 수 없습니다: %2</translation>
        </message>
        <message>
            <source>The form was left as it was.</source>
            <translation>양식은 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>%1 describes a %2 (type: %3); this form is for %4. The form was left as it was.</source>
            <translation>%1은(는) %2(type: %3)을(를) 설명하지만 이 양식은 %4용입니다. 양식은 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>Loaded %1.</source>
            <translation>%1을(를) 불러왔습니다.</translation>
        </message>
        <message>
            <source>Loaded %1, but some of it could not be used; the form shows the rest:</source>
            <translation>%1을(를) 불러왔지만 일부는 사용할 수 없습니다. 나머지는 양식에 표시됩니다:</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeInstanceForm</name>
        <message>
            <source>New compute instance</source>
            <translation>새 컴퓨팅 인스턴스</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>만들기(&amp;C)</translation>
        </message>
        <message>
            <source>C&amp;PU</source>
            <translation>C&amp;PU</translation>
        </message>
        <message>
            <source>&amp;GPU</source>
            <translation>&amp;GPU</translation>
        </message>
        <message>
            <source>Virtual machine &amp;type:</source>
            <translation>가상 머신 유형(&amp;T):</translation>
        </message>
        <message>
            <source>Virtual machine &amp;size:</source>
            <translation>가상 머신 크기(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Enable SSH access</source>
            <translation>SSH 액세스 사용(&amp;E)</translation>
        </message>
        <message>
            <source>SSH access:</source>
            <translation>SSH 액세스:</translation>
        </message>
        <message>
            <source>ssh-ed25519 AAAA… user@host</source>
            <translation>ssh-ed25519 AAAA… user@host</translation>
        </message>
        <message>
            <source>From file…</source>
            <translation>파일에서…</translation>
        </message>
        <message>
            <source>Read the public key from a .pub file.</source>
            <translation>.pub 파일에서 공개 키를 읽습니다.</translation>
        </message>
        <message>
            <source>SSH public &amp;key:</source>
            <translation>SSH 공개 키(&amp;K):</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>안 함</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation>분</translation>
        </message>
        <message>
            <source>&amp;Idle shutdown after:</source>
            <translation>유휴 상태 종료 시간(&amp;I):</translation>
        </message>
        <message>
            <source>Stop the instance after it has been idle this many minutes, so it does not cost compute while unused. A stopped instance keeps its quota and can be started again. Never: keep it running.</source>
            <translation>인스턴스가 지정한 시간(분) 동안 유휴 상태이면 중지하여 사용하지 않는 동안 컴퓨팅 비용이 발생하지 않게 합니다. 중지된 인스턴스는 할당량을 유지하며 다시 시작할 수 있습니다. 안 함: 계속 실행합니다.</translation>
        </message>
        <message>
            <source>&amp;Advanced settings</source>
            <translation>고급 설정(&amp;A)</translation>
        </message>
        <message>
            <source>Optional: the provider, and a virtual network to create the instance in.</source>
            <translation>선택 사항: 공급자, 인스턴스를 만들 가상 네트워크.</translation>
        </message>
        <message>
            <source>Reso&amp;urce group:</source>
            <translation>리소스 그룹(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Virtual network:</source>
            <translation>가상 네트워크(&amp;V):</translation>
        </message>
        <message>
            <source>Su&amp;bnet:</source>
            <translation>서브넷(&amp;B):</translation>
        </message>
        <message>
            <source>Choose a public key</source>
            <translation>공개 키 선택</translation>
        </message>
        <message>
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>공개 키 (*.pub);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Public key</source>
            <translation>공개 키</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1을(를) 읽을 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeListModel</name>
        <message>
            <source>%1… %2%</source>
            <translation>%1… %2%</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>공급자</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>노드</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>만든 사람</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>만든 날짜</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputePage</name>
        <message>
            <source>Compute</source>
            <translation>컴퓨팅</translation>
        </message>
        <message>
            <source>Local machine: probing…</source>
            <translation>로컬 컴퓨터: 확인하는 중…</translation>
        </message>
        <message>
            <source>GPU: %1</source>
            <translation>GPU: %1</translation>
        </message>
        <message>
            <source>no GPU</source>
            <translation>GPU 없음</translation>
        </message>
        <message>
            <source>Local machine (%1): %2 · %3 · %4</source>
            <translation>로컬 컴퓨터(%1): %2 · %3 · %4</translation>
        </message>
        <message>
            <source>The local machine is always available as the compute "local": runs and notebooks can use it directly.</source>
            <translation>로컬 컴퓨터는 항상 컴퓨팅 "local"로 사용할 수 있습니다. 실행과 Notebook에서 바로 사용할 수 있습니다.</translation>
        </message>
        <message>
            <source>Could not load the computes: %1</source>
            <translation>컴퓨팅 목록을 불러올 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Detach compute</source>
            <translation>컴퓨팅 분리</translation>
        </message>
        <message>
            <source>Delete compute</source>
            <translation>컴퓨팅 삭제</translation>
        </message>
        <message>
            <source>Detach %1 from this workspace?</source>
            <translation>이 작업 영역에서 %1을(를) 분리하시겠습니까?</translation>
        </message>
        <message>
            <source>Delete %1?</source>
            <translation>%1을(를) 삭제하시겠습니까?</translation>
        </message>
        <message>
            <source>The machine itself is not changed; you can attach it again later.</source>
            <translation>컴퓨터 자체는 변경되지 않으며 나중에 다시 연결할 수 있습니다.</translation>
        </message>
        <message>
            <source>Its area in the workspace is deleted. Files in the shared user files folder are kept.</source>
            <translation>작업 영역에 있는 이 컴퓨팅의 영역이 삭제됩니다. 공유 사용자 파일 폴더의 파일은 유지됩니다.</translation>
        </message>
        <message>
            <source>Its settings and the area it keeps in the workspace are deleted.</source>
            <translation>이 컴퓨팅의 설정과 작업 영역에 있는 영역이 삭제됩니다.</translation>
        </message>
        <message>
            <source>Detach</source>
            <translation>분리</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>%1 is not a compute cluster.</source>
            <translation>%1은(는) 컴퓨팅 클러스터가 아닙니다.</translation>
        </message>
        <message>
            <source>Scale settings of %1</source>
            <translation>%1의 크기 조정 설정</translation>
        </message>
        <message>
            <source>Nodes kept even when idle; 0 means no cost while idle.</source>
            <translation>유휴 상태일 때도 유지되는 노드 수입니다. 0이면 유휴 상태일 때 비용이 발생하지 않습니다.</translation>
        </message>
        <message>
            <source>The most nodes the cluster scales up to when jobs arrive.</source>
            <translation>작업이 들어오면 클러스터가 확장될 수 있는 최대 노드 수입니다.</translation>
        </message>
        <message>
            <source>Seconds a node stays idle before the cluster scales down.</source>
            <translation>클러스터의 규모를 축소하기 전에 노드가 유휴 상태로 있는 시간(초)입니다.</translation>
        </message>
        <message>
            <source> s</source>
            <translation>초</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>적용</translation>
        </message>
        <message>
            <source>&amp;Minimum nodes:</source>
            <translation>최소 노드 수(&amp;M):</translation>
        </message>
        <message>
            <source>Ma&amp;ximum nodes:</source>
            <translation>최대 노드 수(&amp;X):</translation>
        </message>
        <message>
            <source>&amp;Idle seconds before scale down:</source>
            <translation>규모 축소 전 유휴 시간(&amp;I):</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeTab</name>
        <message>
            <source>No compute instances yet</source>
            <translation>아직 컴퓨팅 인스턴스가 없습니다</translation>
        </message>
        <message>
            <source>No compute clusters yet</source>
            <translation>아직 컴퓨팅 클러스터가 없습니다</translation>
        </message>
        <message>
            <source>No inference clusters yet</source>
            <translation>아직 유추 클러스터가 없습니다</translation>
        </message>
        <message>
            <source>No attached compute yet</source>
            <translation>아직 연결된 컴퓨팅이 없습니다</translation>
        </message>
        <message>
            <source>A compute instance is a managed single-node workstation for notebooks, development and small training runs.</source>
            <translation>컴퓨팅 인스턴스는 Notebook, 개발 및 작은 학습 실행을 위한 관리형 단일 노드 워크스테이션입니다.</translation>
        </message>
        <message>
            <source>A compute cluster is a managed pool of nodes that scales up when runs are submitted and back down when idle.</source>
            <translation>컴퓨팅 클러스터는 실행을 제출하면 확장되고 유휴 상태가 되면 다시 축소되는 관리형 노드 풀입니다.</translation>
        </message>
        <message>
            <source>An inference cluster is a Kubernetes cluster that hosts models as production web services.</source>
            <translation>유추 클러스터는 모델을 프로덕션 웹 서비스로 호스팅하는 Kubernetes 클러스터입니다.</translation>
        </message>
        <message>
            <source>Attached compute is created elsewhere (a remote VM, HDInsight, Databricks, …) and attached to this workspace by name.</source>
            <translation>연결된 컴퓨팅은 다른 곳(원격 VM, HDInsight, Databricks 등)에서 만든 컴퓨팅을 이름으로 이 작업 영역에 연결한 것입니다.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>Compute instances</source>
            <translation>컴퓨팅 인스턴스</translation>
        </message>
        <message>
            <source>Compute clusters</source>
            <translation>컴퓨팅 클러스터</translation>
        </message>
        <message>
            <source>Inference clusters</source>
            <translation>유추 클러스터</translation>
        </message>
        <message>
            <source>Attached compute</source>
            <translation>연결된 컴퓨팅</translation>
        </message>
        <message>
            <source>Local machine</source>
            <translation>로컬 컴퓨터</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>만들기</translation>
        </message>
        <message>
            <source>New</source>
            <translation>새로 만들기</translation>
        </message>
        <message>
            <source>Create a new %1</source>
            <translation>새 %1 만들기</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <source>Reload the list (%1)</source>
            <translation>목록 다시 불러오기(%1)</translation>
        </message>
        <message>
            <source>Filter by name</source>
            <translation>이름으로 필터링</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Start the selected compute instance</source>
            <translation>선택한 컴퓨팅 인스턴스를 시작합니다</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>중지</translation>
        </message>
        <message>
            <source>Stop the selected compute instance: no compute charge while stopped, but its quota stays reserved</source>
            <translation>선택한 컴퓨팅 인스턴스를 중지합니다. 중지된 동안에는 컴퓨팅 요금이 청구되지 않지만 할당량은 계속 예약됩니다</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>다시 시작</translation>
        </message>
        <message>
            <source>Restart the selected compute instance</source>
            <translation>선택한 컴퓨팅 인스턴스를 다시 시작합니다</translation>
        </message>
        <message>
            <source>Scale settings…</source>
            <translation>크기 조정 설정…</translation>
        </message>
        <message>
            <source>Change the minimum and maximum nodes and the idle time before scale down</source>
            <translation>최소 및 최대 노드 수와 규모 축소 전 유휴 시간을 변경합니다</translation>
        </message>
        <message>
            <source>Detach</source>
            <translation>분리</translation>
        </message>
        <message>
            <source>Detach the selected compute from the workspace; the machine itself keeps running</source>
            <translation>선택한 컴퓨팅을 작업 영역에서 분리합니다. 컴퓨터 자체는 계속 실행됩니다</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Delete the selected compute and everything it holds</source>
            <translation>선택한 컴퓨팅과 그 안의 모든 항목을 삭제합니다</translation>
        </message>
        <message>
            <source>1 item</source>
            <translation>항목 1개</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>항목 %1개</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::DisclosureButton</name>
        <message>
            <source>Expanded</source>
            <translation>확장됨</translation>
        </message>
        <message>
            <source>Collapsed</source>
            <translation>축소됨</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::FilePathEdit</name>
        <message>
            <source>Browse…</source>
            <translation>찾아보기…</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>파일 선택</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::FormTexts</name>
        <message>
            <source>Required. 3 to 24 characters: letters, digits and hyphens (-). It must start with a letter, and a hyphen must be followed by at least one more character. The name must be unique among the computes of the region: a warning says when it is not.</source>
            <translation>필수. 문자, 숫자 및 하이픈(-)으로 된 3~24자입니다. 이름은 문자로 시작해야 하며, 하이픈 뒤에는 문자가 하나 이상 있어야 합니다. 이름은 지역 내 모든 컴퓨팅에서 고유해야 하며, 고유하지 않으면 경고가 표시됩니다.</translation>
        </message>
        <message>
            <source>CPU or GPU. The type cannot be changed after the compute is created.</source>
            <translation>CPU 또는 GPU입니다. 컴퓨팅을 만든 후에는 유형을 변경할 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot be changed after creation.</source>
            <translation>만든 후에는 변경할 수 없습니다.</translation>
        </message>
        <message>
            <source>The virtual machine size: its cores (vCPUs), memory and GPUs. Supported sizes may be limited by region and quota; the list shows what this provider offers.</source>
            <translation>가상 머신 크기입니다. 크기에 따라 코어 수(vCPU), 메모리, GPU가 정해집니다. 지원되는 크기는 지역 및 할당량에 따라 제한될 수 있으며, 목록에는 이 공급자가 제공하는 크기가 표시됩니다.</translation>
        </message>
        <message>
            <source>SSH access is disabled by default and cannot be changed after creation. Enable it to connect with SSH, for example to debug interactively with VS Code Remote.</source>
            <translation>SSH 액세스는 기본적으로 사용하지 않도록 설정되어 있으며 만든 후에는 변경할 수 없습니다. SSH로 연결하려면(예: VS Code 원격으로 대화형 디버깅) 사용하도록 설정하세요.</translation>
        </message>
        <message>
            <source>Off by default; cannot be changed after creation.</source>
            <translation>기본적으로 꺼져 있으며 만든 후에는 변경할 수 없습니다.</translation>
        </message>
        <message>
            <source>SSH access uses a public/private key pair: give your OpenSSH public key (one line such as the contents of ~/.ssh/id_ed25519.pub) and connect with the matching private key.</source>
            <translation>SSH 액세스에는 공개/프라이빗 키 쌍이 사용됩니다. OpenSSH 공개 키(~/.ssh/id_ed25519.pub의 내용과 같은 한 줄)를 입력하고, 짝이 되는 프라이빗 키로 연결하세요.</translation>
        </message>
        <message>
            <source>Optional. The resource group of an existing virtual network to create the compute in.</source>
            <translation>선택 사항. 컴퓨팅을 만들 기존 가상 네트워크의 리소스 그룹입니다.</translation>
        </message>
        <message>
            <source>Optional. The name of an existing virtual network (VNet) to create the compute in. It must be in the same region as the workspace.</source>
            <translation>선택 사항. 컴퓨팅을 만들 기존 가상 네트워크(VNet)의 이름입니다. 작업 영역과 같은 지역에 있어야 합니다.</translation>
        </message>
        <message>
            <source>The subnet within the virtual network. The compute gets IP addresses from the subnet's range.</source>
            <translation>가상 네트워크 내의 서브넷입니다. 컴퓨팅에 서브넷 범위의 IP 주소가 할당됩니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::InferenceClusterForm</name>
        <message>
            <source>New inference cluster</source>
            <translation>새 유추 클러스터</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>만들기(&amp;C)</translation>
        </message>
        <message>
            <source>Required. 2 to 16 characters: letters, digits and hyphens (-). It must start with a letter, and a hyphen must be followed by at least one more character. The name must be unique among the computes of the region: a warning says when it is not.</source>
            <translation>필수. 문자, 숫자 및 하이픈(-)으로 된 2~16자입니다. 이름은 문자로 시작해야 하며, 하이픈 뒤에는 문자가 하나 이상 있어야 합니다. 이름은 지역 내 모든 컴퓨팅에서 고유해야 하며, 고유하지 않으면 경고가 표시됩니다.</translation>
        </message>
        <message>
            <source>Create new</source>
            <translation>새로 만들기</translation>
        </message>
        <message>
            <source>Use existing</source>
            <translation>기존 항목 사용</translation>
        </message>
        <message>
            <source>&amp;Kubernetes service:</source>
            <translation>Kubernetes Service(&amp;K):</translation>
        </message>
        <message>
            <source>Create new: a new Kubernetes service cluster, described by the rest of the form. Use existing: an existing Kubernetes service cluster of your subscription.</source>
            <translation>새로 만들기: 양식의 나머지 부분에서 설명하는 새 Kubernetes Service 클러스터를 만듭니다. 기존 항목 사용: 구독에 있는 기존 Kubernetes Service 클러스터를 사용합니다.</translation>
        </message>
        <message>
            <source>E&amp;xisting service:</source>
            <translation>기존 서비스(&amp;X):</translation>
        </message>
        <message>
            <source>The name of the existing Kubernetes service cluster to use.</source>
            <translation>사용할 기존 Kubernetes Service 클러스터의 이름입니다.</translation>
        </message>
        <message>
            <source>Same as the workspace</source>
            <translation>작업 영역과 동일</translation>
        </message>
        <message>
            <source>Regi&amp;on:</source>
            <translation>지역(&amp;O):</translation>
        </message>
        <message>
            <source>The region the cluster is created in. Empty: the workspace's.</source>
            <translation>클러스터를 만들 지역입니다. 비워 두면 작업 영역의 지역을 사용합니다.</translation>
        </message>
        <message>
            <source>Virtual machine &amp;size:</source>
            <translation>가상 머신 크기(&amp;S):</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>프로덕션</translation>
        </message>
        <message>
            <source>Dev-test</source>
            <translation>개발-테스트</translation>
        </message>
        <message>
            <source>Cluster &amp;purpose:</source>
            <translation>클러스터 용도(&amp;P):</translation>
        </message>
        <message>
            <source>Production for models served to users; Dev-test for developing and testing deployments.</source>
            <translation>프로덕션은 사용자에게 제공하는 모델용이고, 개발-테스트는 배포를 개발하고 테스트하는 용도입니다.</translation>
        </message>
        <message>
            <source>N&amp;umber of nodes:</source>
            <translation>노드 수(&amp;U):</translation>
        </message>
        <message>
            <source>The number of nodes. The number of nodes times the virtual machine's cores (vCPUs) must be 12 or more.</source>
            <translation>노드 수입니다. 노드 수에 가상 머신의 코어 수(vCPU)를 곱한 값이 12보다 크거나 같아야 합니다.</translation>
        </message>
        <message>
            <source>Nodes × vCPUs must be at least 12.</source>
            <translation>노드 수 × vCPU가 12 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>Basic</source>
            <translation>기본</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>고급</translation>
        </message>
        <message>
            <source>Net&amp;work configuration:</source>
            <translation>네트워크 구성(&amp;W):</translation>
        </message>
        <message>
            <source>Basic: the cluster gets a network of its own. Advanced: create the cluster inside an existing virtual network.</source>
            <translation>기본: 클러스터에 자체 네트워크가 할당됩니다. 고급: 기존 가상 네트워크 내에 클러스터를 만듭니다.</translation>
        </message>
        <message>
            <source>Resource &amp;group:</source>
            <translation>리소스 그룹(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Virtual network:</source>
            <translation>가상 네트워크(&amp;V):</translation>
        </message>
        <message>
            <source>Subne&amp;t:</source>
            <translation>서브넷(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Enable SSL configuration</source>
            <translation>SSL 구성 사용(&amp;E)</translation>
        </message>
        <message>
            <source>SSL:</source>
            <translation>SSL:</translation>
        </message>
        <message>
            <source>Enable to configure an SSL certificate on the compute, so that its web services are reached over HTTPS.</source>
            <translation>컴퓨팅에 SSL 인증서를 구성하여 웹 서비스에 HTTPS로 연결할 수 있게 하려면 사용하도록 설정합니다.</translation>
        </message>
        <message>
            <source>e.g. models.example.com</source>
            <translation>예: models.example.com</translation>
        </message>
        <message>
            <source>CN&amp;AME:</source>
            <translation>CN&amp;AME:</translation>
        </message>
        <message>
            <source>The domain name (CNAME) the certificate is for.</source>
            <translation>인증서의 대상 도메인 이름(CNAME)입니다.</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.cer *.key)</source>
            <translation>PEM 파일 (*.pem *.crt *.cer *.key)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>모든 파일 (*)</translation>
        </message>
        <message>
            <source>Choose the SSL certificate</source>
            <translation>SSL 인증서 선택</translation>
        </message>
        <message>
            <source>Certi&amp;ficate file:</source>
            <translation>인증서 파일(&amp;F):</translation>
        </message>
        <message>
            <source>The SSL certificate file (PEM).</source>
            <translation>SSL 인증서 파일(PEM)입니다.</translation>
        </message>
        <message>
            <source>Choose the SSL key</source>
            <translation>SSL 키 선택</translation>
        </message>
        <message>
            <source>Key f&amp;ile:</source>
            <translation>키 파일(&amp;I):</translation>
        </message>
        <message>
            <source>The private key file (PEM) of the SSL certificate.</source>
            <translation>SSL 인증서의 프라이빗 키 파일(PEM)입니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::MainWindow</name>
        <message>
            <source>Compute Studio</source>
            <translation>Compute Studio</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>탐색</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>컴퓨팅</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>실행</translation>
        </message>
        <message>
            <source>Notebooks</source>
            <translation>Notebook</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>작업 영역 열기(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Compute</source>
            <translation>컴퓨팅(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Runs</source>
            <translation>실행(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Notebooks</source>
            <translation>Notebook(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Compute Studio</source>
            <translation>Compute Studio 정보(&amp;A)</translation>
        </message>
        <message>
            <source>About Compute Studio</source>
            <translation>Compute Studio 정보</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Compute Studio %1&lt;/h3&gt;&lt;p&gt;One desktop studio for all of your machine-learning compute: the local machine, SSH hosts, Slurm clusters and Azure Machine Learning.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Compute Studio %1&lt;/h3&gt;&lt;p&gt;로컬 컴퓨터, SSH 호스트, Slurm 클러스터, Azure Machine Learning까지 모든 머신 러닝 컴퓨팅을 위한 하나의 데스크톱 스튜디오입니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Runs will be listed here: every script submitted to any compute, with its status, logs, metrics and outputs, live. Submitting runs arrives with the run engine.</source>
            <translation>여기에 실행이 표시됩니다. 어떤 컴퓨팅에 제출한 스크립트든 상태, 로그, 메트릭, 출력을 실시간으로 볼 수 있습니다. 실행 제출은 실행 엔진과 함께 제공됩니다.</translation>
        </message>
        <message>
            <source>Notebooks will open here: .ipynb documents whose cells run on a Jupyter kernel on the compute you pick. The notebook editor arrives in a later release.</source>
            <translation>여기에서 Notebook이 열립니다. 셀은 선택한 컴퓨팅의 Jupyter 커널에서 실행됩니다. Notebook 편집기는 이후 릴리스에서 제공됩니다.</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>작업 영역: %1</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>작업 영역 열기</translation>
        </message>
        <message>
            <source>Operations on this workspace's computes are still running. Open another workspace once they have finished.</source>
            <translation>이 작업 영역의 컴퓨팅에 대한 작업이 아직 실행 중입니다. 작업이 끝난 후 다른 작업 영역을 여세요.</translation>
        </message>
        <message>
            <source>Operations are running</source>
            <translation>작업이 실행 중입니다</translation>
        </message>
        <message>
            <source>Operations on %1 are still running.</source>
            <translation>%1에 대한 작업이 아직 실행 중입니다.</translation>
        </message>
        <message>
            <source>If you quit now, the window closes at once and Compute Studio quits once they have finished.</source>
            <translation>지금 끝내면 창은 바로 닫히고, Compute Studio는 작업이 모두 끝난 뒤에 종료됩니다.</translation>
        </message>
        <message>
            <source>Quit When Done</source>
            <translation>작업이 끝나면 끝내기</translation>
        </message>
        <message>
            <source>Keep Open</source>
            <translation>열어 두기</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::VmSizePicker</name>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>vCPUs</source>
            <translation>vCPU</translation>
        </message>
        <message>
            <source>Memory (GiB)</source>
            <translation>메모리(GiB)</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Filter sizes by name</source>
            <translation>이름으로 크기 필터링</translation>
        </message>
        <message>
            <source>Filter virtual machine sizes</source>
            <translation>가상 머신 크기 필터링</translation>
        </message>
        <message>
            <source>Virtual machine sizes</source>
            <translation>가상 머신 크기</translation>
        </message>
        <message>
            <source>Size name, e.g. Standard_DS3_v2</source>
            <translation>크기 이름(예: Standard_DS3_v2)</translation>
        </message>
        <message>
            <source>Family: %1</source>
            <translation>제품군: %1</translation>
        </message>
        <message>
            <source>Selected: %1 (hidden by the filter)</source>
            <translation>선택됨: %1(필터로 숨겨짐)</translation>
        </message>
        <message>
            <source>Selected: %1 (not offered by this provider)</source>
            <translation>선택됨: %1(이 공급자가 제공하지 않음)</translation>
        </message>
        <message>
            <source>No size matches.</source>
            <translation>일치하는 크기가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Validation</name>
        <message>
            <source>The %1 %2 does not exist.</source>
            <translation>%1 %2이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The %1 %2 is not a file.</source>
            <translation>%1 %2은(는) 파일이 아닙니다.</translation>
        </message>
        <message>
            <source>The %1 %2 cannot be read: check its permissions.</source>
            <translation>%1 %2을(를) 읽을 수 없습니다. 권한을 확인하세요.</translation>
        </message>
        <message>
            <source>Choose a virtual machine size.</source>
            <translation>가상 머신 크기를 선택하세요.</translation>
        </message>
        <message>
            <source>The size %1 is not offered here. Choose one of: %2.</source>
            <translation>크기 %1은(는) 여기에서 제공되지 않습니다. 다음 중 하나를 선택하세요: %2.</translation>
        </message>
        <message>
            <source>The size %1 is not offered here. Choose one of the listed sizes.</source>
            <translation>크기 %1은(는) 여기에서 제공되지 않습니다. 목록에 있는 크기 중 하나를 선택하세요.</translation>
        </message>
        <message>
            <source>The size %1 has no GPU. Choose a GPU size or set the virtual machine type to CPU.</source>
            <translation>크기 %1에는 GPU가 없습니다. GPU 크기를 선택하거나 가상 머신 유형을 CPU로 설정하세요.</translation>
        </message>
        <message>
            <source>The size %1 is a GPU size. Choose a CPU size or set the virtual machine type to GPU.</source>
            <translation>크기 %1은(는) GPU 크기입니다. CPU 크기를 선택하거나 가상 머신 유형을 GPU로 설정하세요.</translation>
        </message>
        <message>
            <source>Enter the name of the existing virtual network.</source>
            <translation>기존 가상 네트워크의 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the subnet of the virtual network.</source>
            <translation>가상 네트워크의 서브넷을 입력하세요.</translation>
        </message>
        <message>
            <source>A subnet needs its virtual network: enter the virtual network name too.</source>
            <translation>서브넷에는 가상 네트워크가 필요합니다. 가상 네트워크 이름도 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the subnet of the virtual network %1.</source>
            <translation>가상 네트워크 %1의 서브넷을 입력하세요.</translation>
        </message>
        <message>
            <source>A resource group is only used with a virtual network: enter the virtual network name too, or clear the resource group.</source>
            <translation>리소스 그룹은 가상 네트워크와 함께만 사용됩니다. 가상 네트워크 이름도 입력하거나 리소스 그룹을 지우세요.</translation>
        </message>
        <message>
            <source>Enter the administrator user name for SSH.</source>
            <translation>SSH용 관리자 사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>This is not an OpenSSH public key. Paste one line such as “ssh-ed25519 AAAA… user@host” (the contents of a .pub file).</source>
            <translation>OpenSSH 공개 키가 아닙니다. “ssh-ed25519 AAAA… user@host”와 같은 한 줄(.pub 파일의 내용)을 붙여 넣으세요.</translation>
        </message>
        <message>
            <source>With SSH access enabled, give an SSH public key or an administrator password.</source>
            <translation>SSH 액세스를 사용하는 경우 SSH 공개 키나 관리자 암호를 지정하세요.</translation>
        </message>
        <message>
            <source>With SSH access enabled, give the SSH public key to log in with.</source>
            <translation>SSH 액세스를 사용하는 경우 로그인에 사용할 SSH 공개 키를 지정하세요.</translation>
        </message>
        <message>
            <source>Add at least one user-assigned identity (its resource id).</source>
            <translation>사용자 할당 ID를 하나 이상 추가하세요(리소스 ID로 지정).</translation>
        </message>
        <message>
            <source>User-assigned identities are listed, but the identity type is not user-assigned.</source>
            <translation>사용자 할당 ID가 나열되어 있지만 ID 유형이 사용자 할당이 아닙니다.</translation>
        </message>
        <message>
            <source>Enter the cluster's address: &lt;cluster&gt;.azurehdinsight.net or an IP address.</source>
            <translation>클러스터의 주소로 &lt;cluster&gt;.azurehdinsight.net 또는 IP 주소를 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the machine's address: a host name (FQDN) or an IP address.</source>
            <translation>컴퓨터의 주소로 호스트 이름(FQDN) 또는 IP 주소를 입력하세요.</translation>
        </message>
        <message>
            <source>%1 is neither a host name nor an IP address.</source>
            <translation>%1은(는) 호스트 이름도 IP 주소도 아닙니다.</translation>
        </message>
        <message>
            <source>HDInsight addresses usually have the form &lt;cluster&gt;.azurehdinsight.net.</source>
            <translation>HDInsight 주소는 보통 &lt;cluster&gt;.azurehdinsight.net 형식입니다.</translation>
        </message>
        <message>
            <source>The SSH port must be between 1 and 65535 (usually 22).</source>
            <translation>SSH 포트는 1에서 65535 사이여야 합니다(보통 22).</translation>
        </message>
        <message>
            <source>Enter the user name to log in with.</source>
            <translation>로그인에 사용할 사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Give a password or a private key file. A key is safer: passwords can be guessed by brute force.</source>
            <translation>암호나 프라이빗 키 파일을 지정하세요. 키가 더 안전합니다. 암호는 무차별 암호 대입 공격에 취약합니다.</translation>
        </message>
        <message>
            <source>Use either a password or a private key file, not both.</source>
            <translation>암호와 프라이빗 키 파일 중 하나만 사용하세요.</translation>
        </message>
        <message>
            <source>private key file</source>
            <translation>프라이빗 키 파일</translation>
        </message>
        <message>
            <source>A passphrase belongs to a private key file: choose the key file or clear the passphrase.</source>
            <translation>암호 문구는 프라이빗 키 파일에 속합니다. 키 파일을 선택하거나 암호 문구를 지우세요.</translation>
        </message>
        <message>
            <source>Enter a compute name.</source>
            <translation>컴퓨팅 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>The name can contain only letters, digits and hyphens (-).</source>
            <translation>이름에는 문자, 숫자 및 하이픈(-)만 사용할 수 있습니다.</translation>
        </message>
        <message>
            <source>The name must start with a letter.</source>
            <translation>이름은 문자로 시작해야 합니다.</translation>
        </message>
        <message>
            <source>The name must be %1 to %2 characters long (now %3).</source>
            <translation>이름은 %1~%2자여야 합니다(현재 %3자).</translation>
        </message>
        <message>
            <source>A hyphen must be followed by a letter or digit: the name cannot end with “-”.</source>
            <translation>하이픈 뒤에는 문자나 숫자가 와야 합니다. 이름은 “-”로 끝날 수 없습니다.</translation>
        </message>
        <message>
            <source>The name cannot end with a hyphen followed only by digits (like “-1”): put a letter after the hyphen.</source>
            <translation>이름은 하이픈 뒤에 숫자만 오는 형태(예: “-1”)로 끝날 수 없습니다. 하이픈 뒤에 문자를 넣으세요.</translation>
        </message>
        <message>
            <source>The name does not match the service's rule %1.</source>
            <translation>이름이 서비스 규칙 %1과(와) 일치하지 않습니다.</translation>
        </message>
        <message>
            <source>A compute named %1 already exists in this workspace. Choose another name: creating this one will be refused.</source>
            <translation>이 작업 영역에 이름이 %1인 컴퓨팅이 이미 있습니다. 다른 이름을 선택하세요. 이 이름으로는 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Name the provider that backs this compute (for example “local”).</source>
            <translation>이 컴퓨팅을 지원하는 공급자를 지정하세요(예: “local”).</translation>
        </message>
        <message>
            <source>The idle time before shutdown cannot be negative (0 turns it off).</source>
            <translation>종료 전 유휴 시간은 음수일 수 없습니다(0이면 사용 안 함).</translation>
        </message>
        <message>
            <source>“%1” is not a cron expression: give five fields (minute hour day-of-month month day-of-week), for example “0 18 * * 1-5”.</source>
            <translation>“%1”은(는) cron 식이 아닙니다. 다섯 개의 필드(분 시 일 월 요일)를 지정하세요(예: “0 18 * * 1-5”).</translation>
        </message>
        <message>
            <source>The minimum number of nodes cannot be negative.</source>
            <translation>최소 노드 수는 음수일 수 없습니다.</translation>
        </message>
        <message>
            <source>The maximum number of nodes must be at least 1.</source>
            <translation>최대 노드 수는 1 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>The minimum number of nodes (%1) cannot be more than the maximum (%2).</source>
            <translation>최소 노드 수(%1)는 최대 노드 수(%2)보다 클 수 없습니다.</translation>
        </message>
        <message>
            <source>The idle seconds before scale down cannot be negative.</source>
            <translation>규모 축소 전 유휴 시간(초)은 음수일 수 없습니다.</translation>
        </message>
        <message>
            <source>Choose the existing Kubernetes service to use.</source>
            <translation>사용할 기존 Kubernetes Service를 선택하세요.</translation>
        </message>
        <message>
            <source>The number of nodes must be at least 1.</source>
            <translation>노드 수는 1 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>Nodes × vCPUs must be at least 12: %1 nodes of %2 (%3 vCPUs) give %4. Use at least %5 nodes or a larger size.</source>
            <translation>노드 수 × vCPU가 12 이상이어야 합니다. %2(vCPU %3개) 노드 %1개는 %4입니다. 노드를 %5개 이상 사용하거나 더 큰 크기를 선택하세요.</translation>
        </message>
        <message>
            <source>The vCPUs of %1 are not known here, so the rule nodes × vCPUs ≥ 12 could not be checked.</source>
            <translation>여기에서는 %1의 vCPU 수를 알 수 없으므로 노드 수 × vCPU ≥ 12 규칙을 확인할 수 없습니다.</translation>
        </message>
        <message>
            <source>Enter the domain name (CNAME) the SSL certificate is for.</source>
            <translation>SSL 인증서의 대상 도메인 이름(CNAME)을 입력하세요.</translation>
        </message>
        <message>
            <source>Choose the SSL certificate file (PEM).</source>
            <translation>SSL 인증서 파일(PEM)을 선택하세요.</translation>
        </message>
        <message>
            <source>certificate file</source>
            <translation>인증서 파일</translation>
        </message>
        <message>
            <source>Choose the SSL key file (PEM).</source>
            <translation>SSL 키 파일(PEM)을 선택하세요.</translation>
        </message>
        <message>
            <source>key file</source>
            <translation>키 파일</translation>
        </message>
        <message>
            <source>A virtual machine name must be shorter than 64 characters (now %1).</source>
            <translation>가상 머신 이름은 64자 미만이어야 합니다(현재 %1자).</translation>
        </message>
        <message>
            <source>A virtual machine name cannot contain %1.</source>
            <translation>가상 머신 이름에는 %1을(를) 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>Enter the name of the Databricks workspace.</source>
            <translation>Databricks 작업 영역의 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the resource group of the Databricks workspace.</source>
            <translation>Databricks 작업 영역의 리소스 그룹을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter a Databricks access token.</source>
            <translation>Databricks 액세스 토큰을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the resource group of the Data Lake Analytics account.</source>
            <translation>Data Lake Analytics 계정의 리소스 그룹을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the name of the Data Lake Analytics account.</source>
            <translation>Data Lake Analytics 계정 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Give the Kubernetes cluster's resource id or a kubeconfig file.</source>
            <translation>Kubernetes 클러스터의 리소스 ID나 kubeconfig 파일을 지정하세요.</translation>
        </message>
        <message>
            <source>kubeconfig file</source>
            <translation>kubeconfig 파일</translation>
        </message>
        <message>
            <source>A namespace has 1 to 63 lowercase letters, digits and hyphens, and starts and ends with a letter or digit.</source>
            <translation>네임스페이스는 1~63자의 소문자, 숫자 및 하이픈으로 구성되며 문자나 숫자로 시작하고 끝나야 합니다.</translation>
        </message>
        <message>
            <source>%1 cannot be changed after creation.</source>
            <translation>%1은(는) 만든 후에 변경할 수 없습니다.</translation>
        </message>
        <message>
            <source>The compute type</source>
            <translation>컴퓨팅 유형</translation>
        </message>
        <message>
            <source>The name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>공급자</translation>
        </message>
        <message>
            <source>The virtual machine type</source>
            <translation>가상 머신 유형</translation>
        </message>
        <message>
            <source>The virtual machine size</source>
            <translation>가상 머신 크기</translation>
        </message>
        <message>
            <source>SSH access</source>
            <translation>SSH 액세스</translation>
        </message>
        <message>
            <source>The virtual machine priority</source>
            <translation>가상 머신 우선 순위</translation>
        </message>
        <message>
            <source>The virtual network</source>
            <translation>가상 네트워크</translation>
        </message>
    </context>
    <context>
        <name>Studio::Workspace</name>
        <message>
            <source>Could not read the workspace database.</source>
            <translation>작업 영역 데이터베이스를 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>The workspace has no local compute.</source>
            <translation>작업 영역에 로컬 컴퓨팅이 없습니다.</translation>
        </message>
        <message>
            <source>nvidia-smi not found: no NVIDIA GPU usable</source>
            <translation>nvidia-smi를 찾을 수 없음: 사용할 수 있는 NVIDIA GPU 없음</translation>
        </message>
        <message>
            <source>Could not open the workspace database.</source>
            <translation>작업 영역 데이터베이스를 열 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not read the workspace database %1.</source>
            <translation>작업 영역 데이터베이스 %1을(를) 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 is not a Compute Studio workspace database (it is not an SQLite file).</source>
            <translation>%1은(는) Compute Studio 작업 영역 데이터베이스가 아닙니다(SQLite 파일이 아님).</translation>
        </message>
        <message>
            <source>Could not open the workspace database %1.</source>
            <translation>작업 영역 데이터베이스 %1을(를) 열 수 없습니다.</translation>
        </message>
        <message>
            <source>No workspace folder was given.</source>
            <translation>작업 영역 폴더를 지정하지 않았습니다.</translation>
        </message>
        <message>
            <source>The workspace %1 is a file, not a folder.</source>
            <translation>작업 영역 %1은(는) 폴더가 아니라 파일입니다.</translation>
        </message>
        <message>
            <source>The workspace %1 was written by a newer Compute Studio (schema version %2); this version understands schema versions up to %3. Open it with a newer Compute Studio. The workspace was not changed.</source>
            <translation>작업 영역 %1은(는) 더 새로운 Compute Studio(스키마 버전 %2)에서 저장되었습니다. 이 버전은 스키마 버전 %3까지만 지원합니다. 더 새로운 Compute Studio로 여세요. 작업 영역은 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>The folder %1 is not empty and holds no Compute Studio workspace. Choose an empty or new folder for a new workspace.</source>
            <translation>폴더 %1은(는) 비어 있지 않으며 Compute Studio 작업 영역이 아닙니다. 새 작업 영역에는 비어 있거나 새로운 폴더를 선택하세요.</translation>
        </message>
        <message>
            <source>Could not create the workspace folder %1.</source>
            <translation>작업 영역 폴더 %1을(를) 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not switch the workspace database to WAL mode.</source>
            <translation>작업 영역 데이터베이스를 WAL 모드로 전환할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not back up the workspace before upgrading it.</source>
            <translation>업그레이드하기 전에 작업 영역을 백업할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not lock the workspace database.</source>
            <translation>작업 영역 데이터베이스를 잠글 수 없습니다.</translation>
        </message>
        <message>
            <source>The workspace was upgraded by a newer Compute Studio while opening it.</source>
            <translation>여는 동안 더 새로운 Compute Studio가 작업 영역을 업그레이드했습니다.</translation>
        </message>
        <message>
            <source>Could not upgrade the workspace to schema version %1.</source>
            <translation>작업 영역을 스키마 버전 %1(으)로 업그레이드할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not initialise the workspace.</source>
            <translation>작업 영역을 초기화할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not record the schema version.</source>
            <translation>스키마 버전을 기록할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not save the upgraded workspace.</source>
            <translation>업그레이드한 작업 영역을 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>not probed yet</source>
            <translation>아직 확인하지 않음</translation>
        </message>
    </context>
    <context>
        <name>cstudio</name>
        <message>
            <source>Usage: cstudio [--workspace DIR] [-o table|json] &lt;group&gt; &lt;command&gt; [options]

Manage the compute of a Compute Studio workspace from the command line.

Groups:
  compute    Create, attach, inspect and manage compute targets.

Global options:
  --workspace DIR      Use the workspace in DIR (default: %1).
  -o, --output FORMAT  table (default) or json.
  --lang LANG          Language of messages: en or ko.
  -h, --help           Show help; after a group or command, its help.
  --version            Show the version.

Exit codes: 0 success, 1 user or validation error, 2 usage error, 3 backend failure.
</source>
            <translation>사용법: cstudio [--workspace DIR] [-o table|json] &lt;group&gt; &lt;command&gt; [options]

명령줄에서 Compute Studio 작업 영역의 컴퓨팅을 관리합니다.

그룹:
  compute    컴퓨팅 대상을 만들고, 연결하고, 확인하고, 관리합니다.

전역 옵션:
  --workspace DIR      DIR의 작업 영역을 사용합니다(기본값: %1).
  -o, --output FORMAT  table(기본값) 또는 json.
  --lang LANG          메시지 언어: en 또는 ko.
  -h, --help           도움말을 표시합니다. 그룹이나 명령 뒤에 쓰면 해당 도움말을 표시합니다.
  --version            버전을 표시합니다.

종료 코드: 0 성공, 1 사용자 또는 유효성 검사 오류, 2 사용법 오류, 3 백엔드 오류.
</translation>
        </message>
        <message>
            <source>Usage: cstudio compute &lt;command&gt; [options]

Commands:
  list [--kind KIND]      List computes; KIND is instance, cluster, inference,
                          attached or local.
  show NAME               Show every property of the compute NAME.
  validate -f SPEC.yml    Check a spec; exit 0 when valid, 1 when not.
  create -f SPEC.yml [--no-wait]
                          Create a compute instance or cluster.
  attach -f SPEC.yml [--no-wait]
                          Attach a compute made elsewhere.
  delete NAME             Delete a created compute and what it holds.
  detach NAME             Detach an attached compute (it keeps running).
  start|stop|restart NAME Start, stop or restart a compute instance.
  update NAME [--min-nodes N] [--max-nodes N] [--idle-seconds N]
                          Change a cluster's scale settings.
  export NAME             Print the compute's spec as YAML.

Specs are YAML in the Azure ML CLI v2 compute schema (docs/compute-yaml.md).
With --no-wait, create and attach return once the operation has started;
`cstudio compute show NAME` tells how it goes. With -o json, list prints an
array, show one object, and validate [{"field","message","severity"}].
</source>
            <translation>사용법: cstudio compute &lt;command&gt; [options]

명령:
  list [--kind KIND]      컴퓨팅을 나열합니다. KIND는 instance, cluster, inference,
                          attached 또는 local입니다.
  show NAME               컴퓨팅 NAME의 모든 속성을 표시합니다.
  validate -f SPEC.yml    사양을 검사합니다. 유효하면 0, 아니면 1로 종료합니다.
  create -f SPEC.yml [--no-wait]
                          컴퓨팅 인스턴스나 컴퓨팅 클러스터를 만듭니다.
  attach -f SPEC.yml [--no-wait]
                          다른 곳에서 만든 컴퓨팅을 연결합니다.
  delete NAME             만든 컴퓨팅과 거기에 보관된 모든 것을 삭제합니다.
  detach NAME             연결된 컴퓨팅을 분리합니다(컴퓨팅은 계속 실행됨).
  start|stop|restart NAME 컴퓨팅 인스턴스를 시작, 중지 또는 다시 시작합니다.
  update NAME [--min-nodes N] [--max-nodes N] [--idle-seconds N]
                          클러스터의 크기 조정 설정을 변경합니다.
  export NAME             컴퓨팅의 사양을 YAML로 출력합니다.

사양은 Azure ML CLI v2 컴퓨팅 스키마의 YAML입니다(docs/compute-yaml.md).
--no-wait를 사용하면 create와 attach는 작업이 시작되는 즉시 반환됩니다.
진행 상황은 `cstudio compute show NAME`으로 확인합니다. -o json을 사용하면
list는 배열을, show는 개체 하나를, validate는 [{"field","message","severity"}]를
출력합니다.
</translation>
        </message>
        <message>
            <source>The option %1 needs a value.</source>
            <translation>옵션 %1에는 값이 필요합니다.</translation>
        </message>
        <message>
            <source>Unknown output format "%1": use table or json.</source>
            <translation>알 수 없는 출력 형식 "%1": table 또는 json을 사용하세요.</translation>
        </message>
        <message>
            <source>The option %1 takes no value.</source>
            <translation>옵션 %1에는 값을 지정할 수 없습니다.</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>알 수 없는 옵션 %1.</translation>
        </message>
        <message>
            <source>No command given.</source>
            <translation>명령을 지정하지 않았습니다.</translation>
        </message>
        <message>
            <source>Unknown command group "%1".</source>
            <translation>알 수 없는 명령 그룹 "%1".</translation>
        </message>
        <message>
            <source>No compute command given.</source>
            <translation>compute 명령을 지정하지 않았습니다.</translation>
        </message>
        <message>
            <source>Unknown compute command "%1".</source>
            <translation>알 수 없는 compute 명령 "%1".</translation>
        </message>
        <message>
            <source>cstudio: error: %1</source>
            <translation>cstudio: 오류: %1</translation>
        </message>
        <message>
            <source>compute list takes no arguments.</source>
            <translation>compute list에는 인수가 없습니다.</translation>
        </message>
        <message>
            <source>Unknown option --%1.</source>
            <translation>알 수 없는 옵션 --%1.</translation>
        </message>
        <message>
            <source>Unknown kind "%1": use instance, cluster, inference, attached or local.</source>
            <translation>알 수 없는 종류 "%1": instance, cluster, inference, attached 또는 local을 사용하세요.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>TYPE</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>PROVIDER</source>
            <translation>공급자</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>CREATED ON</source>
            <translation>만든 날짜</translation>
        </message>
        <message>
            <source>compute show needs exactly one compute name.</source>
            <translation>compute show에는 컴퓨팅 이름이 정확히 하나 필요합니다.</translation>
        </message>
        <message>
            <source>There is no compute named "%1" in the workspace %2.</source>
            <translation>작업 영역 %2에 이름이 "%1"인 컴퓨팅이 없습니다.</translation>
        </message>
        <message>
            <source>Give the spec file with -f SPEC.yml.</source>
            <translation>-f SPEC.yml로 사양 파일을 지정하세요.</translation>
        </message>
        <message>
            <source>%1 Creating this compute will fail.</source>
            <translation>%1 이 컴퓨팅을 만들면 실패합니다.</translation>
        </message>
        <message>
            <source>This build has no provider named “%1” (it has: %2), so creating this compute will fail.</source>
            <translation>이 빌드에는 이름이 “%1”인 공급자가 없으므로(있는 공급자: %2) 이 컴퓨팅을 만들면 실패합니다.</translation>
        </message>
        <message>
            <source>error</source>
            <translation>오류</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>경고</translation>
        </message>
        <message>
            <source>compute validate takes no arguments besides -f SPEC.yml.</source>
            <translation>compute validate에는 -f SPEC.yml 외의 인수를 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 is valid.</source>
            <translation>%1은(는) 유효합니다.</translation>
        </message>
        <message>
            <source>%1: %2% %3</source>
            <translation>%1: %2% %3</translation>
        </message>
        <message>
            <source>compute %1 takes no arguments besides -f SPEC.yml.</source>
            <translation>compute %1에는 -f SPEC.yml 외의 인수를 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>A %1 is created, not attached: use `cstudio compute create`.</source>
            <translation>%1은(는) 연결하는 것이 아니라 만드는 컴퓨팅입니다. `cstudio compute create`를 사용하세요.</translation>
        </message>
        <message>
            <source>A %1 is made elsewhere and attached: use `cstudio compute attach`.</source>
            <translation>%1은(는) 다른 곳에서 만들어 연결하는 컴퓨팅입니다. `cstudio compute attach`를 사용하세요.</translation>
        </message>
        <message>
            <source>%1 was not attached.</source>
            <translation>%1을(를) 연결하지 않았습니다.</translation>
        </message>
        <message>
            <source>%1 was not created.</source>
            <translation>%1을(를) 만들지 않았습니다.</translation>
        </message>
        <message>
            <source>Attached %1.</source>
            <translation>%1을(를) 연결했습니다.</translation>
        </message>
        <message>
            <source>Created %1.</source>
            <translation>%1을(를) 만들었습니다.</translation>
        </message>
        <message>
            <source>Could not start the background operation.</source>
            <translation>백그라운드 작업을 시작할 수 없습니다.</translation>
        </message>
        <message>
            <source>Started creating %1 in the background (process %2). `cstudio compute show %1` shows its state.</source>
            <translation>백그라운드에서 %1 만들기를 시작했습니다(프로세스 %2). 상태는 `cstudio compute show %1`로 확인할 수 있습니다.</translation>
        </message>
        <message>
            <source>The background operation for %1 did not start. Run the command without --no-wait to see why.</source>
            <translation>%1에 대한 백그라운드 작업이 시작되지 않았습니다. 원인을 보려면 --no-wait 없이 명령을 실행하세요.</translation>
        </message>
        <message>
            <source>compute %1 needs exactly one compute name.</source>
            <translation>compute %1에는 컴퓨팅 이름이 정확히 하나 필요합니다.</translation>
        </message>
        <message>
            <source>The local machine is always part of the workspace; it cannot be deleted.</source>
            <translation>로컬 컴퓨터는 항상 작업 영역에 포함되어 있으므로 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 was created in this workspace, not attached: use `cstudio compute delete %1`.</source>
            <translation>%1은(는) 연결된 컴퓨팅이 아니라 이 작업 영역에서 만든 컴퓨팅입니다. `cstudio compute delete %1`을 사용하세요.</translation>
        </message>
        <message>
            <source>%1 is attached: use `cstudio compute detach %1` (the machine itself is not deleted).</source>
            <translation>%1은(는) 연결된 컴퓨팅입니다. `cstudio compute detach %1`을 사용하세요(컴퓨터 자체는 삭제되지 않음).</translation>
        </message>
        <message>
            <source>Detached %1.</source>
            <translation>%1을(를) 분리했습니다.</translation>
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation>%1을(를) 삭제했습니다.</translation>
        </message>
        <message>
            <source>Only compute instances can be started, stopped and restarted; %1 is a %2.</source>
            <translation>컴퓨팅 인스턴스만 시작, 중지, 다시 시작할 수 있습니다. %1은(는) %2입니다.</translation>
        </message>
        <message>
            <source>%1 is %2.</source>
            <translation>%1의 상태: %2</translation>
        </message>
        <message>
            <source>compute update needs exactly one compute name.</source>
            <translation>compute update에는 컴퓨팅 이름이 정확히 하나 필요합니다.</translation>
        </message>
        <message>
            <source>--%1 needs a whole number, not "%2".</source>
            <translation>--%1에는 "%2"이(가) 아니라 정수가 필요합니다.</translation>
        </message>
        <message>
            <source>Say what to change: --min-nodes, --max-nodes or --idle-seconds.</source>
            <translation>변경할 항목을 지정하세요: --min-nodes, --max-nodes 또는 --idle-seconds.</translation>
        </message>
        <message>
            <source>Updated %1.</source>
            <translation>%1을(를) 업데이트했습니다.</translation>
        </message>
        <message>
            <source>compute export needs exactly one compute name.</source>
            <translation>compute export에는 컴퓨팅 이름이 정확히 하나 필요합니다.</translation>
        </message>
        <message>
            <source>The local machine has no spec to export.</source>
            <translation>로컬 컴퓨터에는 내보낼 사양이 없습니다.</translation>
        </message>
        <message>
            <source>Unknown language "%1" (available: %2).</source>
            <translation>알 수 없는 언어 "%1"(사용 가능: %2).</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Compute Studio: machine-learning compute on your desktop.</source>
            <translation>Compute Studio: 데스크톱의 머신 러닝 컴퓨팅.</translation>
        </message>
        <message>
            <source>Open the workspace in &lt;dir&gt;.</source>
            <translation>&lt;dir&gt;의 작업 영역을 엽니다.</translation>
        </message>
        <message>
            <source>Start on &lt;page&gt;: %1.</source>
            <translation>&lt;page&gt;에서 시작합니다: %1.</translation>
        </message>
        <message>
            <source>Render the page once its data is loaded, write it to &lt;file&gt; (PNG) and exit.</source>
            <translation>데이터를 불러온 뒤 페이지를 렌더링하여 &lt;file&gt;(PNG)에 쓰고 종료합니다.</translation>
        </message>
        <message>
            <source>User interface language: en or ko (default: the system's).</source>
            <translation>사용자 인터페이스 언어: en 또는 ko(기본값: 시스템 언어).</translation>
        </message>
        <message>
            <source>unknown page '%1' (pages: %2)</source>
            <translation>알 수 없는 페이지 '%1'(페이지: %2)</translation>
        </message>
        <message>
            <source>Compute Studio</source>
            <translation>Compute Studio</translation>
        </message>
        <message>
            <source>could not write the screenshot %1</source>
            <translation>스크린샷 %1을(를) 쓸 수 없습니다</translation>
        </message>
    </context>
</TS>
